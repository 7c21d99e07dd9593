"""How long to wait before the next passphrase attempt, after wrong ones.

A few mistakes are free; after that each wrong passphrase doubles the wait, up to a minute.
Together with scrypt's cost this makes guessing at the window slow, and costs a person who
mistyped nothing. The wait lives in the window only: wrong attempts never touch the file.
"""

from __future__ import annotations

FREE_ATTEMPTS = 3
FIRST_WAIT_S = 2.0
LONGEST_WAIT_S = 60.0


def wait_after(wrong_attempts: int) -> float:
    """Seconds to wait before the next attempt, after this many wrong ones in a row."""
    if wrong_attempts < FREE_ATTEMPTS:
        return 0.0
    return min(FIRST_WAIT_S * 2 ** (wrong_attempts - FREE_ATTEMPTS), LONGEST_WAIT_S)
