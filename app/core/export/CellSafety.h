// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

namespace recoupe::exporting {

// A text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
// return) gets a leading apostrophe, as OWASP advises for CSV injection. Numbers written as text
// ("-1.5", "+33") are left alone, and so are numeric cells, which never reach this function.
bool needsNeutralising(const QString& text);
QString neutralised(const QString& text);

// Personal data found inside other fields of a public export: e-mail addresses and telephone numbers
// (French and international forms) are removed, the rest of the text kept.
class PersonalDataScrubber
{
public:
    PersonalDataScrubber();
    // The text without e-mails and phones; counts what it removed.
    QString scrub(const QString& text);
    qint64 emailsRemoved() const { return m_emails; }
    qint64 phonesRemoved() const { return m_phones; }

private:
    QRegularExpression m_email;
    QRegularExpression m_phone;
    qint64 m_emails = 0;
    qint64 m_phones = 0;
};

} // namespace recoupe::exporting
