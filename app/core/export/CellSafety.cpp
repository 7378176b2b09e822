// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CellSafety.h"

namespace recoupe::exporting {

namespace {

bool isNumber(const QString& text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

// Non-overlapping matches (QString::count(QRegularExpression) counts overlapping ones).
qint64 matches(const QRegularExpression& re, const QString& text)
{
    qint64 n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

bool needsNeutralising(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.at(0);
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first == u'+' || first == u'-')
        return !isNumber(text);
    return false;
}

QString neutralised(const QString& text)
{
    return needsNeutralising(text) ? QLatin1Char('\'') + text : text;
}

PersonalDataScrubber::PersonalDataScrubber()
    : m_email(QStringLiteral(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})")),
      // +33 6 12 34 56 78, 06.12.34.56.78, 0612345678, (0)6 12..., 0033 6...: ten digits in pairs, or an
      // international prefix and 8 to 12 more digits.
      m_phone(
          QStringLiteral(R"((?<![\w/])(?:(?:\+|00)\d{2,3}[\s.\-]?(?:\(0\)[\s.\-]?)?\d(?:[\s.\-]?\d{2}){4}|)"
                         R"(0\d(?:[\s.\-]?\d{2}){4})(?![\w/]))"))
{
}

QString PersonalDataScrubber::scrub(const QString& text)
{
    if (text.size() < 6)
        return text;
    const bool maybeEmail = text.contains(u'@');
    int digits = 0;
    for (QChar c : text) {
        if (c.isDigit() && ++digits >= 10)
            break;
    }
    if (!maybeEmail && digits < 10)
        return text;
    QString out = text;
    bool changed = false;
    if (maybeEmail) {
        const qint64 n = matches(m_email, out);
        if (n > 0) {
            m_emails += n;
            out.remove(m_email);
            changed = true;
        }
    }
    if (digits >= 10) {
        const qint64 n = matches(m_phone, out);
        if (n > 0) {
            m_phones += n;
            out.remove(m_phone);
            changed = true;
        }
    }
    if (changed) {
        // What the removal left: doubled spaces, a dangling separator ("Tél. : ", "contact -").
        out.replace(QRegularExpression(QStringLiteral(R"(\s{2,})")), QStringLiteral(" "));
        out = out.trimmed();
        static const QRegularExpression dangling(QStringLiteral(R"([\s,;:\-/|]+$|^[\s,;:\-/|]+)"));
        out.remove(dangling);
        // A web address that was an e-mail ("http://x@y.fr") leaves its scheme alone.
        static const QRegularExpression schemeOnly(QStringLiteral(R"(^(https?:?/*|mailto:?)$)"),
                                                   QRegularExpression::CaseInsensitiveOption);
        if (schemeOnly.match(out).hasMatch())
            out.clear();
    }
    return out;
}

} // namespace recoupe::exporting
