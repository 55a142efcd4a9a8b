#pragma once

#include "model/Decision.h"
#include "text/TextNormalizer.h"

#include <QList>
#include <QStringView>

namespace moderation {

// Finds personal data in a comment or a draft reply: SSNs, USCIS receipt numbers, A-numbers,
// phone numbers, e-mail addresses, payment cards (Luhn), labelled passport numbers. Rules in
// DESIGN.md ("PII"). Works on normalised text so that full-width digits, invisible characters,
// odd dashes and look-alike letters cannot hide a number; reports spans in code points of the
// original text, sorted by start, without overlaps. Thread-safe.
// Choices beyond DESIGN.md, most of them to keep look-alikes out:
// - Phones. Digits without a '+' (or with "+1") are read as US numbers only, by NANP's rules:
//   area code and exchange start with 2-9, and toll-free codes (800, 833 ... 888) are not
//   personal; a bare run of digits is too often an order or reference number to be validated
//   as any country's. A number written with '+' and another country code ("+44 20 7946 0958",
//   "+52 55 1234 5678") is found by a cheap scan (the '+' not glued to a word, 7 to 17 digits
//   with spaces, dashes, dots, slashes or one pair of parentheses between them, a country code
//   that exists) and only then validated by libphonenumber; numbers it types as toll-free,
//   premium-rate, shared-cost or universal-access reach a business and are not personal. One
//   text pays for at most eight library checks (tens of microseconds each); beyond them a
//   candidate that passed the cheap scan counts as a phone, so that a flood of candidates can
//   neither stall the engine nor hide a number among them.
// - Cards. Unlabelled, a card number starts with an issuer's digit (2-6) and, when grouped, is
//   grouped as cards print them. Behind a card label ("card", "credit card", "tarjeta de
//   debito" ...) any first digit counts, airline (UATP) cards' 1 included, printed 4-5-6 too;
//   but not a SIM card's ICCID (89...), which passes Luhn and is labelled "card" as well. UATP
//   is not among the unlabelled issuers: a tenth of Facebook's numeric user ids (15 digits,
//   1000...) would pass for one, and comments and profile links quote them.
// - E-mail. The domain may be internationalised: in Unicode it is folded like any text
//   ("bücher" reads "bucher"), in punycode ("xn--bcher-kva", "xn--p1ai") any label may be one,
//   the top-level domain included.
// - A label counts when it stands at most 60 characters before the number with no other
//   number between them.
class PiiDetector
{
public:
    PiiDetector();

    QList<PiiSpan> detect(QStringView original) const;
    // For callers that already normalised the text (the policy engine does, once per comment).
    QList<PiiSpan> detect(const NormalizedText& normalized) const;
    // The same into a caller's list (cleared first), whose capacity is reused.
    void detect(const NormalizedText& normalized, QList<PiiSpan>& out) const;

    bool contains(QStringView original, const QList<PiiKind>& kinds) const;
    bool contains(const NormalizedText& normalized, const QList<PiiKind>& kinds) const;
};

} // namespace moderation
