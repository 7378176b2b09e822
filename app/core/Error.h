// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <exception>

namespace recoupe {

// The core never shows dialogs: it throws an Error whose message a person can act on
// ("line 214, column LAT: '47,2x' is not a number"); the edges (CLI, GUI) catch and show it.
class Error : public std::exception
{
public:
    explicit Error(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) {}
    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

// Raised when a long operation is cancelled by the user; the operation has changed nothing.
class Cancelled : public Error
{
public:
    Cancelled() : Error(QStringLiteral("cancelled")) {}
};

} // namespace recoupe
