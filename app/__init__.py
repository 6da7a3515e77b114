"""The explorer: a Streamlit app that arranges widgets and calls ``graphbuild``; run ``graphbuild serve``."""
