#include "SpellChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <hunspell.hxx>

using namespace Qt::StringLiterals;

namespace moderation {

SpellChecker::SpellChecker() = default;
SpellChecker::~SpellChecker() = default;

QString SpellChecker::dictionaryFolder()
{
    const QString overridden = qEnvironmentVariable("MODERATION_DICTIONARY_DIR");
    if (!overridden.isEmpty())
        return overridden;
#ifdef Q_OS_WIN
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"dictionaries"_s);
#else
    return u"/usr/share/hunspell"_s;
#endif
}

QStringList SpellChecker::candidates(const QString& languageTag, const QString& folder)
{
    const QString primary = languageTag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    QStringList names;
    if (primary == u"es") {
        names.append(u"es_ES"_s);
        // Any other Spanish dictionary installed (es_MX, es_US ...), in a stable order.
        const QStringList others = QDir(folder).entryList({ u"es_*.aff"_s }, QDir::Files, QDir::Name);
        for (const QString& file : others) {
            const QString name = QFileInfo(file).completeBaseName();
            if (!names.contains(name))
                names.append(name);
        }
    }
    names.append(u"en_US"_s);
    return names;
}

bool SpellChecker::load(const QString& languageTag, const QString& folder)
{
    const QDir dir(folder);
    for (const QString& name : candidates(languageTag, folder)) {
        const QString aff = dir.filePath(name + u".aff"_s);
        const QString dic = dir.filePath(name + u".dic"_s);
        if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
            continue;
        if (m_hunspell && m_dictionary == name && m_folder == folder)
            return true;
        m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
        // Dictionaries say their encoding (SET); UTF-8 is the rule, ISO 8859-1 the old exception.
        const QString encoding = QString::fromStdString(m_hunspell->get_dict_encoding()).toUpper();
        m_latin1 = encoding == u"ISO8859-1" || encoding == u"ISO-8859-1";
        m_dictionary = name;
        m_folder = folder;
        return true;
    }
    m_hunspell.reset();
    m_dictionary.clear();
    m_folder.clear();
    return false;
}

std::string SpellChecker::encoded(const QString& word) const
{
    if (m_latin1)
        return word.toLatin1().toStdString();
    return word.toStdString();
}

QString SpellChecker::decoded(const std::string& word) const
{
    if (m_latin1)
        return QString::fromLatin1(word.data(), qsizetype(word.size()));
    return QString::fromStdString(word);
}

bool SpellChecker::isCorrect(const QString& word) const
{
    if (!m_hunspell)
        return true;
    return m_hunspell->spell(encoded(word));
}

QStringList SpellChecker::suggestions(const QString& word, int limit) const
{
    QStringList result;
    if (!m_hunspell)
        return result;
    for (const std::string& suggestion : m_hunspell->suggest(encoded(word))) {
        if (result.size() >= limit)
            break;
        result.append(decoded(suggestion));
    }
    return result;
}

} // namespace moderation
