"""The few colours and weights the window uses, in one place (no pixel sizes for
text: heading sizes are set from the system font, so 150% and 200% scaling stay readable)."""

STYLE = """
QLabel#itemHeading { font-weight: bold; padding: 0.2em 0; }
QLabel#restrictedBanner { background: #fde8e8; color: #9b1c1c; font-weight: bold;
    padding: 0.3em; border: 1px solid #e8b4b4; }
QLabel#saveBanner { background: #b42318; color: white; font-weight: bold; padding: 0.5em; }
QLabel#rowMessage { color: #9b1c1c; }
QLabel#hint { color: #555555; }
QLabel#meetingLabel { padding: 2px 2px 6px 2px; }
QLabel#panelTitle { font-weight: bold; }
QLabel#welcomeTitle { font-weight: bold; }
QFrame#bfPanel { background: #f4f6f8; border: 1px solid #d5dbe1; border-radius: 3px; }
"""
