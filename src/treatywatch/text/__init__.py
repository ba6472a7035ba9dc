"""Text: normalisation, language identification, sentences."""
