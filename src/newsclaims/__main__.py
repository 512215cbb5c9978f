"""``python -m newsclaims``: the same CLI as the ``newsclaims`` command."""

from newsclaims.cli import main

if __name__ == "__main__":
    main()
