"""Demo content for opportunities: the facts and English words in `en.py`, translations in `pl.py` and
`ar.py`, the fictional people in `people.py`, and `loader.py`, which `load_demo_content` calls."""
