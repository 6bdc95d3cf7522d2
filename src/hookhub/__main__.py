"""``python -m hookhub``: the same command as the ``hookhub`` console script."""

from hookhub.cli import main

if __name__ == "__main__":
    main()
