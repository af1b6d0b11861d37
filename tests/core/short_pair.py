"""The pair of one-sentence paraphrases quoted in issue 11, for tests of short
inputs: they share most words, in another order and with other asides."""

SHORT_A = (
    'Amrozi accused his brother, whom he called "the witness", of deliberately '
    "distorting his evidence."
)
SHORT_B = (
    'Referring to him as only "the witness", Amrozi accused his brother of deliberately '
    "distorting his evidence."
)
