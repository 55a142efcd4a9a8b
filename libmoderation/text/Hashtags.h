#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace moderation::Hashtags {

// A hashtag as a person types it for a search ("#AskUSCIS" or "AskUSCIS"), without its '#';
// nullopt unless it is 1 to 100 letters, digits, marks or underscores.
std::optional<QString> fromInput(const QString& text);

// Whether `text` holds `tag` (without '#') as a whole hashtag, ignoring case: "#askuscis?"
// holds AskUSCIS, "#AskUSCISToday" and "x#AskUSCIS" do not.
bool contains(QStringView text, QStringView tag);

} // namespace moderation::Hashtags
