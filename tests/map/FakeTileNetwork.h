// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

// A network manager for tests: no socket is ever opened. Tile requests get a generated PNG, a 404, or a
// "host not found" error, at once or when the test says so, and every request is recorded.
class FakeTileNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    enum class Mode
    {
        Serve,
        NotFound,
        Offline,
    };

    explicit FakeTileNetwork(QObject* parent = nullptr);

    Mode mode = Mode::Serve;
    // When false, replies wait for finishAll().
    bool autoFinish = true;

    QList<QNetworkRequest> requests;
    int openCount() const;
    int maxOpenCount() const { return m_maxOpen; }
    void finishAll();

    static QByteArray tilePng(const QColor& colour);

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* data) override;

private:
    QList<QPointer<QNetworkReply>> m_open;
    int m_maxOpen = 0;
};
