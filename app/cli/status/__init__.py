"""`dosebook status`: one module per part of the answer."""
