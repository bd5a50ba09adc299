"""Demo content for events: the facts and English words in `en.py`, translations in `pl.py` and `ar.py`, the
fictional people who signed up in `people.py`, and `loader.py`, which `load_demo_content` calls."""
