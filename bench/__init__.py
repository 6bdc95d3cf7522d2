"""hookhub's benchmarks (not shipped in the wheel): ``make bench`` or ``python -m bench``."""
