"""Lab results in files: FHIR R4 and CSV read into results the diary can keep, and a FHIR
Bundle written for a doctor. Pure Python: the store reads and writes the files themselves."""
