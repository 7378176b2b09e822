// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SnapshotContent.h"

#include "export/PlaceRowReader.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QtEndian>

namespace recoupe::exporting::content {

namespace {

constexpr char separator = '\x1f';

QString coordinate(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', QLocale::FloatingPointShortest) : QString();
}

} // namespace

const QStringList& fieldNames()
{
    static const QStringList names{
        QStringLiteral("name"),     QStringLiteral("address"), QStringLiteral("postcode"),
        QStringLiteral("commune"),  QStringLiteral("website"), QStringLiteral("twitter"),
        QStringLiteral("facebook"), QStringLiteral("type"),    QStringLiteral("exclusion_reason"),
        QStringLiteral("lon"),      QStringLiteral("lat"),     QStringLiteral("sources"),
        QStringLiteral("records")};
    return names;
}

QStringList values(const PlaceRow& row)
{
    const PlaceFields& f = row.fields;
    return {f.name,       f.address,   f.postcode,          f.commune,         f.website,         f.twitter,
            f.facebook,   row.typeKey, row.exclusionReason, coordinate(f.lon), coordinate(f.lat), row.sources,
            row.recordIds};
}

QByteArray encode(const QStringList& values)
{
    QByteArray out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += separator;
        QByteArray v = values.at(i).toUtf8();
        v.replace(separator, ' ');
        out += v;
    }
    return out;
}

QStringList decode(const QByteArray& text)
{
    QStringList out;
    for (const QByteArray& part : text.split(separator))
        out << QString::fromUtf8(part);
    while (out.size() < Count)
        out << QString();
    return out;
}

qint64 digest(const QByteArray& encoded)
{
    const QByteArray md5 = QCryptographicHash::hash(encoded, QCryptographicHash::Md5);
    return qFromBigEndian<qint64>(md5.constData());
}

} // namespace recoupe::exporting::content
