"""The benchmark suite of KPPN Desktop: ``./dev.sh bench`` (see README.md in this folder)."""
