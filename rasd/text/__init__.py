"""The Arabic text layer: normalisation for matching, tokens with clitics, sentences.

Written here rather than taken from a library: the permissively licensed options either do
not keep character offsets (which every rasd span needs) or come with GPL (pyarabic) or with
offline-hostile data downloads (camel-tools). What is here is small and offset-exact.
"""
from rasd.text.normalize import NormalizedText, normalize, normalize_char
from rasd.text.tokens import Token, tokenize, clitic_readings
from rasd.text.sentences import split_sentences, split_clauses

__all__ = ["NormalizedText", "normalize", "normalize_char", "Token", "tokenize", "clitic_readings",
           "split_sentences", "split_clauses"]
