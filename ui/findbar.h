#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QWebEnginePage;

namespace Quoteshelf::Ui {

// Find in the article (Ctrl+F): a slim bar under the reader with the match count, Enter and
// Shift+Enter for next and previous, Esc to close.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);

    void setPage(QWebEnginePage *page);
    void open();
    void close();
    QString matchText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void find(bool backward);

    QWebEnginePage *m_page = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Quoteshelf::Ui
