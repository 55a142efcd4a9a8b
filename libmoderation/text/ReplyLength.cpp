#include "text/ReplyLength.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace moderation {

namespace {

constexpr int kUrlWeight = 23;

bool lightWeight(char32_t cp)
{
    return cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247);
}

int codePoints(QStringView text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

// URLs as twitter-text sees them, near enough: a scheme, or a host with a common top-level
// domain ("uscis.gov/processing-times").
const QRegularExpression& urlPattern()
{
    static const QRegularExpression pattern(
        u"(?:https?://[^\\s]+)|(?:(?<![\\w@.])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+"
        "(?:gov|com|org|net|edu|mil|us|io|info|ly|co|me)\\b(?:/[^\\s]*)?)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

ReplyLength::Measure measureX(const QString& original)
{
    const QString text = original.normalized(QString::NormalizationForm_C);
    ReplyLength::Measure measure;
    measure.limit = ReplyLength::kMaxWeightedX;
    // URL spans first: each weighs 23.
    QList<std::pair<qsizetype, qsizetype>> urls;
    for (auto it = urlPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        urls.append({ m.capturedStart(), m.capturedEnd() });
    }
    qsizetype url = 0;
    int weight = 0;
    int codePoint = 0; // of the original text, for overflowAt (NFC of a typed reply rarely differs)
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        int added = 0;
        if (url < urls.size() && urls.at(url).first == start) {
            end = urls.at(url).second;
            added = kUrlWeight;
            ++url;
        } else {
            graphemes.setPosition(start);
            end = graphemes.toNextBoundary();
            if (end < 0 || end <= start)
                end = start + 1;
            if (url < urls.size() && end > urls.at(url).first)
                end = urls.at(url).first;
            const QList<uint> cps = QStringView(text).mid(start, end - start).toUcs4();
            if (!cps.isEmpty() && !lightWeight(cps.first())) {
                added = 2; // one heavy character, or an emoji sequence as a whole
            } else {
                for (const uint cp : cps)
                    added += lightWeight(cp) ? 1 : 2;
            }
        }
        weight += added;
        if (weight > measure.limit && measure.overflowAt < 0)
            measure.overflowAt = codePoint;
        codePoint += codePoints(QStringView(text).mid(start, end - start));
        start = end;
    }
    measure.length = weight;
    return measure;
}

} // namespace

ReplyLength::Measure ReplyLength::of(const QString& text, Platform platform)
{
    if (platform == Platform::Twitter)
        return measureX(text);
    Measure measure;
    measure.limit = kMaxFacebook;
    measure.length = codePoints(text);
    if (measure.length > measure.limit) {
        // The first code point past the limit.
        measure.overflowAt = measure.limit;
    }
    return measure;
}

} // namespace moderation
