"""The web's top-level domains a credit names a site by ("ShoreLine.com", "Körkép.sk", "shutterstock.com").

One list for every rule that reads a site's address in a credit: an organisation printed as its domain, a known
organisation's own site, an address glued to the caption's next line. The generic domains, then the country codes
of the countries whose papers the credit tables hold (IANA's root zone database lists them all: the country codes are
ISO 3166-1 alpha-2, "co.uk" the United Kingdom's commercial second level).
"""

from __future__ import annotations

GENERIC_DOMAINS = ("com", "org", "net", "gov", "edu", "info")
COUNTRY_DOMAINS = ("co.uk", "de", "fr", "es", "it", "nl", "ch", "at", "be", "pl", "cz", "sk", "se", "no", "dk", "fi",
                   "pt", "br", "ar", "mx", "ru", "ua", "jp", "kr", "cn", "in", "au", "ca", "ie", "gr", "tr", "hu", "ro")
# the domains as a regex alternation, the longer first ("co.uk" before "co")
TOP_LEVEL_DOMAIN = "(?:" + "|".join(sorted((domain.replace(".", r"\.") for domain in GENERIC_DOMAINS + COUNTRY_DOMAINS),
                                           key=len, reverse=True)) + ")"
