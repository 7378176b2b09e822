// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeTileNetwork.h"

#include <QBuffer>
#include <QImage>
#include <QTimer>

namespace {

class FakeTileReply : public QNetworkReply
{
public:
    FakeTileReply(const QNetworkRequest& request, FakeTileNetwork::Mode mode, QObject* parent)
        : QNetworkReply(parent), m_mode(mode)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::GetOperation);
        open(QIODevice::ReadOnly);
    }

    void finish()
    {
        if (isFinished())
            return;
        switch (m_mode) {
        case FakeTileNetwork::Mode::Serve:
            m_body = FakeTileNetwork::tilePng(QColor(0x88, 0xaa, 0xcc));
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
            setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("image/png"));
            setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
            break;
        case FakeTileNetwork::Mode::NotFound:
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 404);
            setError(ContentNotFoundError, QStringLiteral("Not found"));
            break;
        case FakeTileNetwork::Mode::Offline:
            setError(HostNotFoundError, QStringLiteral("Host not found"));
            break;
        }
        setFinished(true);
        if (error() != NoError)
            emit errorOccurred(error());
        else
            emit readyRead();
        emit finished();
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Aborted"));
        setFinished(true);
        emit errorOccurred(error());
        emit finished();
    }

    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_offset);
        if (count <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_offset, count);
        m_offset += count;
        return count;
    }

private:
    FakeTileNetwork::Mode m_mode;
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace

FakeTileNetwork::FakeTileNetwork(QObject* parent) : QNetworkAccessManager(parent) {}

QByteArray FakeTileNetwork::tilePng(const QColor& colour)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

int FakeTileNetwork::openCount() const
{
    int count = 0;
    for (const auto& reply : m_open)
        if (reply && !reply->isFinished())
            ++count;
    return count;
}

void FakeTileNetwork::finishAll()
{
    const auto open = m_open;
    m_open.clear();
    for (const auto& reply : open)
        if (reply)
            static_cast<FakeTileReply*>(reply.data())->finish();
}

QNetworkReply* FakeTileNetwork::createRequest(Operation, const QNetworkRequest& request, QIODevice*)
{
    requests.append(request);
    auto* reply = new FakeTileReply(request, mode, this);
    m_open.append(reply);
    m_maxOpen = std::max(m_maxOpen, openCount());
    if (autoFinish)
        QTimer::singleShot(0, reply, [reply] { reply->finish(); });
    return reply;
}
