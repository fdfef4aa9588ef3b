"""The demo catalogue behind ``manage.py load_demo``: data, pictures, loader."""
