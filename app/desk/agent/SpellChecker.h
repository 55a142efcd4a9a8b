#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <string>

class Hunspell;

namespace moderation {

// Hunspell for the composer: a dictionary picked by the comment's language (Spanish: es_ES, else
// any es_* found; anything else: en_US), from a folder the environment may override
// (MODERATION_DICTIONARY_DIR; the Windows package will ship its own). Without a dictionary it is
// simply unavailable: nothing is underlined and the composer says spell-check is off.
class SpellChecker
{
public:
    SpellChecker();
    ~SpellChecker();
    SpellChecker(const SpellChecker&) = delete;
    SpellChecker& operator=(const SpellChecker&) = delete;

    // Where dictionaries are looked for: $MODERATION_DICTIONARY_DIR, else the system's folder
    // (/usr/share/hunspell), or "dictionaries" beside the executable on Windows.
    static QString dictionaryFolder();
    // The dictionary names (without .aff/.dic) tried for a language tag, best first.
    static QStringList candidates(const QString& languageTag, const QString& folder);

    // Loads the best dictionary for the language; false when none was found (then unavailable).
    // Loading the one already loaded does nothing.
    bool load(const QString& languageTag, const QString& folder = dictionaryFolder());
    bool isAvailable() const { return m_hunspell != nullptr; }
    QString dictionary() const { return m_dictionary; } // "en_US", or empty

    // A word's spelling is fine (always, when unavailable).
    bool isCorrect(const QString& word) const;
    QStringList suggestions(const QString& word, int limit = 6) const;

private:
    std::string encoded(const QString& word) const;
    QString decoded(const std::string& word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_dictionary;
    QString m_folder;
    bool m_latin1 = false;
};

} // namespace moderation
