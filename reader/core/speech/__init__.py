"""Who said what: speakers, their claims, merged across both articles."""
