#pragma once

#include "model/RecapQuestion.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QListView;
class QStandardItemModel;

namespace moderation {

// Picks the earlier question of an Office Hours event whose approved answer already answers the
// selected comment: each answered question with its answer, plain text. Emits picked(comment id)
// on OK; the caller records the link through the library.
class AnsweredPickerDialog : public QDialog
{
    Q_OBJECT

public:
    AnsweredPickerDialog(const QList<RecapQuestion>& answered, QWidget* parent);

    QListView* list() const { return m_list; }

Q_SIGNALS:
    void picked(qint64 commentId);

private:
    QList<RecapQuestion> m_answered;
    QListView* m_list = nullptr;
    QStandardItemModel* m_model = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace moderation
