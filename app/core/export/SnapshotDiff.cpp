// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SnapshotDiff.h"

#include "Error.h"
#include "export/SnapshotContent.h"
#include "store/SnapshotStore.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace recoupe::exporting {

namespace {

QStringList recordsOf(const QStringList& values)
{
    return values.at(content::Records).split(u';', Qt::SkipEmptyParts);
}

int kindOrder(const QString& change)
{
    static const QStringList order{QStringLiteral("added"),        QStringLiteral("removed"),
                                   QStringLiteral("merged"),       QStringLiteral("split"),
                                   QStringLiteral("reclassified"), QStringLiteral("moved"),
                                   QStringLiteral("changed")};
    return int(order.indexOf(change));
}

} // namespace

QStringList diffColumns()
{
    return {QStringLiteral("change"), QStringLiteral("place_id"), QStringLiteral("field"),
            QStringLiteral("old_value"), QStringLiteral("new_value")};
}

QList<SnapshotChange> diffSnapshots(QSqlDatabase& db, qint64 from, qint64 to)
{
    for (qint64 id : {from, to}) {
        if (!snapshots::find(db, id))
            throw Error(QCoreApplication::translate("Export", "There is no snapshot %1 in this project (see "
                                                              "recoupe-cli snapshots)")
                            .arg(id));
    }
    const QHash<qint64, qint64> a = snapshots::placeDigests(db, from);
    const QHash<qint64, qint64> b = snapshots::placeDigests(db, to);
    QList<qint64> onlyA, onlyB, changed, digests;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend()) {
            onlyA << it.key();
            digests << it.value();
        } else if (other.value() != it.value()) {
            changed << it.key();
            digests << it.value() << other.value();
        }
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key())) {
            onlyB << it.key();
            digests << it.value();
        }
    }
    const QHash<qint64, QByteArray> stored = snapshots::contents(db, digests);
    QHash<qint64, QStringList> decoded;
    auto valuesOf = [&](qint64 digest) -> const QStringList& {
        auto it = decoded.find(digest);
        if (it == decoded.end())
            it = decoded.insert(digest, content::decode(stored.value(digest)));
        return *it;
    };
    // Who holds each record, in each snapshot, among the places that did not stay as they were.
    QHash<QString, qint64> ownerA, ownerB;
    for (qint64 p : onlyA + changed) {
        for (const QString& r : recordsOf(valuesOf(a.value(p))))
            ownerA.insert(r, p);
    }
    for (qint64 p : onlyB + changed) {
        for (const QString& r : recordsOf(valuesOf(b.value(p))))
            ownerB.insert(r, p);
    }

    QList<SnapshotChange> out;
    const QString placeField = QStringLiteral("place_id");
    for (qint64 p : std::as_const(onlyA)) {
        const QStringList& old = valuesOf(a.value(p));
        qint64 into = 0;
        for (const QString& r : recordsOf(old)) {
            into = ownerB.value(r);
            if (into)
                break;
        }
        if (into)
            out << SnapshotChange{QStringLiteral("merged"), p, placeField, QString::number(p),
                                  QString::number(into)};
        else
            out << SnapshotChange{
                QStringLiteral("removed"), p, QStringLiteral("name"), old.at(content::Name), {}};
    }
    for (qint64 p : std::as_const(onlyB)) {
        const QStringList& now = valuesOf(b.value(p));
        qint64 from = 0;
        for (const QString& r : recordsOf(now)) {
            from = ownerA.value(r);
            if (from)
                break;
        }
        if (from)
            out << SnapshotChange{QStringLiteral("split"), p, placeField, QString::number(from),
                                  QString::number(p)};
        else
            out << SnapshotChange{
                QStringLiteral("added"), p, QStringLiteral("name"), {}, now.at(content::Name)};
    }
    const QStringList& names = content::fieldNames();
    for (qint64 p : std::as_const(changed)) {
        const QStringList& old = valuesOf(a.value(p));
        const QStringList& now = valuesOf(b.value(p));
        for (int i = 0; i < content::Records; ++i) {
            if (old.at(i) == now.at(i))
                continue;
            const QString kind = i == content::Type || i == content::ExclusionReason
                                     ? QStringLiteral("reclassified")
                                 : i == content::Lon || i == content::Lat ? QStringLiteral("moved")
                                                                          : QStringLiteral("changed");
            out << SnapshotChange{kind, p, names.at(i), old.at(i), now.at(i)};
        }
    }
    std::stable_sort(out.begin(), out.end(), [&names](const SnapshotChange& x, const SnapshotChange& y) {
        if (x.placeId != y.placeId)
            return x.placeId < y.placeId;
        if (x.change != y.change)
            return kindOrder(x.change) < kindOrder(y.change);
        return names.indexOf(x.field) < names.indexOf(y.field);
    });
    return out;
}

QString readableDiff(const QList<SnapshotChange>& changes, int limit)
{
    QSet<qint64> placesPerKind[7];
    for (const SnapshotChange& c : changes) {
        const int k = kindOrder(c.change);
        if (k >= 0)
            placesPerKind[k].insert(c.placeId);
    }
    QStringList lines;
    if (changes.isEmpty())
        return QCoreApplication::translate("Export", "No difference between the two snapshots.");
    lines << QCoreApplication::translate(
                 "Export", "%1 added, %2 removed, %3 merged, %4 split, %5 reclassified, %6 moved, "
                           "%7 changed (places).")
                 .arg(placesPerKind[0].size())
                 .arg(placesPerKind[1].size())
                 .arg(placesPerKind[2].size())
                 .arg(placesPerKind[3].size())
                 .arg(placesPerKind[4].size())
                 .arg(placesPerKind[5].size())
                 .arg(placesPerKind[6].size());
    lines << QString();
    int shown = 0;
    for (const SnapshotChange& c : changes) {
        if (shown++ >= limit) {
            lines << QCoreApplication::translate("Export", "… and %1 more (export the differences as CSV to "
                                                           "see them all).")
                         .arg(changes.size() - limit);
            break;
        }
        QString line;
        if (c.change == QLatin1String("added"))
            line = QCoreApplication::translate("Export", "Place %1 added: %2").arg(c.placeId).arg(c.newValue);
        else if (c.change == QLatin1String("removed"))
            line =
                QCoreApplication::translate("Export", "Place %1 removed: %2").arg(c.placeId).arg(c.oldValue);
        else if (c.change == QLatin1String("merged"))
            line = QCoreApplication::translate("Export", "Place %1 merged into place %2")
                       .arg(c.oldValue, c.newValue);
        else if (c.change == QLatin1String("split"))
            line = QCoreApplication::translate("Export", "Place %1 split from place %2")
                       .arg(c.newValue, c.oldValue);
        else if (c.change == QLatin1String("reclassified"))
            line = QCoreApplication::translate("Export", "Place %1 reclassified (%2): « %3 » → « %4 »")
                       .arg(QString::number(c.placeId), c.field, c.oldValue, c.newValue);
        else if (c.change == QLatin1String("moved"))
            line = QCoreApplication::translate("Export", "Place %1 moved (%2): %3 → %4")
                       .arg(QString::number(c.placeId), c.field, c.oldValue, c.newValue);
        else
            line = QCoreApplication::translate("Export", "Place %1, %2: « %3 » → « %4 »")
                       .arg(QString::number(c.placeId), c.field, c.oldValue, c.newValue);
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace recoupe::exporting
