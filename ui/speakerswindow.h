#pragma once

#include "library/speakerindex.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Quoteshelf::Library {
class ArticleRepository;
}

namespace Quoteshelf::Ui {

class SpeakerListModel;

// Everyone quoted anywhere in the library, in a window of its own (not modal): a sortable,
// filterable table of speakers on the left (anonymous sources last, muted), everything the
// selected one said on the right. Activating a quote asks for its article at the quote. Follows
// the library as articles come, change and go.
class SpeakersWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakersWindow)

public:
    enum Column { NameColumn, RoleColumn, QuotesColumn, ArticlesColumn };
    // Quotes of the selected speaker are listed this many at a time, more as the list scrolls.
    static constexpr int QuotePageSize = 200;

    explicit SpeakersWindow(Library::ArticleRepository *articles, QWidget *parent = nullptr);

    QTreeView *speakersView() const { return m_table; }
    QListWidget *quotesView() const { return m_quotes; }
    QLineEdit *filterField() const { return m_filter; }

    // Selects the speaker with this name or alias (case-insensitive); false when there is none.
    bool selectSpeaker(const QString &name);
    void reload();

Q_SIGNALS:
    void openRequested(qint64 articleId, qint64 start);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showSelectedSpeaker();
    void showMoreQuotes();
    qint64 selectedId() const;
    bool selectRow(int row);

    Library::SpeakerIndex m_index;
    SpeakerListModel *m_model = nullptr;
    Library::LibrarySpeaker m_shown; // whose quotes the right side lists
    int m_quotesShown = 0;
    QTimer *m_reloadDelay = nullptr;
    QLineEdit *m_filter = nullptr;
    QStackedWidget *m_left = nullptr;
    QTreeView *m_table = nullptr;
    QLabel *m_noSpeakers = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    QStackedWidget *m_right = nullptr;
    QListWidget *m_quotes = nullptr;
    QLabel *m_noSelection = nullptr;
    bool m_stale = false; // the library changed while the window was hidden
};

} // namespace Quoteshelf::Ui
