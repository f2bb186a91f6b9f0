"""Rights: supplier agreements, per-channel decisions at a given time, kill notices, uses and reports.

Domain code only (no framework): ``agreements`` reads the desk's TOML file, ``suppliers``
finds the agreement that covers a picture, ``decisions`` gives the verdict per channel,
``kills`` holds kill notices, ``usage`` turns article links into uses, problems and reports.
The rules are described in docs/rights.md.
"""

from catalog.rights.agreements import (
    CHANNELS,
    Agreement,
    AgreementFile,
    AgreementFileError,
    DeskRules,
    MatchRule,
    parse_agreements,
    read_agreement_file,
)
from catalog.rights.decisions import VERDICTS, ChannelDecision, Decision, RightsBook
from catalog.rights.kills import Kill
from catalog.rights.times import parse_at

__all__ = ["CHANNELS", "VERDICTS", "Agreement", "AgreementFile", "AgreementFileError", "ChannelDecision", "Decision",
           "DeskRules", "Kill", "MatchRule", "RightsBook", "parse_agreements", "parse_at", "read_agreement_file"]
