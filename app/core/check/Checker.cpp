// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/Checker.h"

#include "Error.h"
#include "edit/Edit.h"
#include "geo/AdminCodes.h"
#include "import/MappingProfile.h"
#include "import/ProfileRegistry.h"
#include "normalise/Normalise.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUndoStack>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace recoupe::check {

namespace {

// The columns of a source that hold a field, from its mapping profile resolved against its records'
// attribute names (computed once per source).
struct SourceColumns
{
    QString website, twitter, facebook, postcode, precision, departement;
};

QString firstColumn(const MappingProfile& profile, Field field)
{
    const auto& getters = profile.getters(field);
    return getters.isEmpty() || getters.first().columns.isEmpty() ? QString()
                                                                  : getters.first().columns.first();
}

SourceColumns columnsFor(const QString& profileId, const QJsonObject& attributes)
{
    SourceColumns c;
    MappingProfile profile;
    try {
        profile = ProfileRegistry::builtIn().find(profileId).resolvedFor(attributes.keys());
    } catch (const Error&) {
        try {
            profile =
                ProfileRegistry::builtIn().find(QStringLiteral("generic")).resolvedFor(attributes.keys());
        } catch (const Error&) {
            return c;
        }
    }
    c.website = firstColumn(profile, Field::Website);
    c.twitter = firstColumn(profile, Field::Twitter);
    c.facebook = firstColumn(profile, Field::Facebook);
    c.postcode = firstColumn(profile, Field::Postcode);
    // Columns no profile maps: the geocoder's score and the département code of the CGET file.
    for (const QString& key : attributes.keys()) {
        if (key.compare(QLatin1String("PRECISION"), Qt::CaseInsensitive) == 0)
            c.precision = key;
        if (key.compare(QLatin1String("INSEEDEP"), Qt::CaseInsensitive) == 0)
            c.departement = key;
    }
    return c;
}

const QRegularExpression& emailPattern()
{
    static const QRegularExpression re(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
    return re;
}

const QRegularExpression& urlPattern()
{
    static const QRegularExpression re(QStringLiteral("(https?://|www\\.)[^\\s|,;]+"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Notes on a place's state written into its name: "(Actuellement fermé)", "fermé", "(itinérant)".
const QRegularExpression& statusPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\s*[\\(\\[-]?\\s*(actuellement\\s+)?(ferm[ée]e?s?(\\s+d[ée]finitivement)?|itin[ée]"
                       "rante?s?)\\s*[\\)\\]]?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Double-encoded UTF-8: "Ã©", "Ã¨", "â€™", "Â " ...
bool looksMojibake(const QString& s)
{
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        const ushort c = s.at(i).unicode(), next = s.at(i + 1).unicode();
        if ((c == 0xC3 || c == 0xC2) && next >= 0x80 && next <= 0xBF)
            return true;
        if (c == 0xE2 && next == 0x20AC)
            return true;
    }
    return false;
}

bool truncatedName(const QString& name)
{
    if (name.endsWith(QLatin1String("...")) || name.endsWith(QChar(0x2026)))
        return true;
    return name.count(QLatin1Char('(')) > name.count(QLatin1Char(')'));
}

struct PlaceRow
{
    qint64 id = 0;
    QString name, address, postcode, commune, website, twitter, facebook;
    std::optional<double> lon, lat;
    QString departement; // computed
    qint64 primaryRecord = 0;
};

struct RecordRow
{
    qint64 placeId = 0;
    qint64 id = 0;
    QString source, profile, key;
    QJsonObject attributes;
    QByteArray json; // as stored, parsed into `attributes` by the checking thread
};

class Run
{
public:
    explicit Run(QSqlDatabase& db) : m_db(db) {}

    // Positions shared by several places (of the places checked, `where` on `place p`).
    void loadSharedPositions(const QString& where)
    {
        QSqlQuery q = sql::exec(
            m_db, where.isEmpty()
                      ? QStringLiteral(
                            "SELECT lon, lat, count(*) FROM place WHERE lon IS NOT NULL AND lat IS NOT NULL "
                            "AND status <> 'merged' GROUP BY lon, lat HAVING count(*) > 1")
                      : QStringLiteral(
                            "SELECT p.lon, p.lat, count(*) FROM place p JOIN place o ON o.lon = p.lon AND "
                            "o.lat = p.lat AND o.status <> 'merged' WHERE p.status <> 'merged'") +
                            where + QStringLiteral(" GROUP BY p.id HAVING count(*) > 1"));
        while (q.next())
            m_shared.insert({q.value(0).toDouble(), q.value(1).toDouble()}, q.value(2).toInt());
    }

    void checkPlace(const PlaceRow& p, const QList<RecordRow>& records);
    std::vector<Problem> problems;

private:
    void add(const RecordRow* record, const PlaceRow& p, const char* code, Severity severity,
             const QString& message, Fix fix = {})
    {
        Problem problem;
        if (record) {
            problem.source = record->source;
            problem.sourceKey = record->key;
        }
        problem.placeId = p.id;
        problem.code = QString::fromLatin1(code);
        problem.severity = severity;
        problem.message = message;
        problem.fix = std::move(fix);
        problems.push_back(std::move(problem));
    }
    const SourceColumns& columns(const RecordRow& r)
    {
        // Empty values are not kept in the attributes, so records of one source differ in their names:
        // resolved once per source and set of names.
        const QString key = r.source + QLatin1Char('\n') + r.attributes.keys().join(QLatin1Char('\n'));
        auto it = m_columns.find(key);
        if (it == m_columns.end())
            it = m_columns.insert(key, columnsFor(r.profile, r.attributes));
        return *it;
    }

    QSqlDatabase& m_db;
    QHash<QString, SourceColumns> m_columns;
    QHash<std::pair<double, double>, int> m_shared;
};

void Run::checkPlace(const PlaceRow& p, const QList<RecordRow>& records)
{
    const RecordRow* primary = nullptr;
    for (const RecordRow& r : records)
        if (r.id == p.primaryRecord)
            primary = &r;
    if (!primary && !records.isEmpty())
        primary = &records.first();

    // Position.
    if (!p.lon || !p.lat) {
        add(primary, p, "no_coordinates", Severity::Warning,
            QCoreApplication::translate("Checker", "No coordinates: the place is not on the map"));
    } else if (p.departement.isEmpty()) {
        const normalise::Position checked = normalise::position(*p.lon, *p.lat);
        if (!checked.problem.isEmpty()) {
            const normalise::Position swapped = normalise::position(*p.lat, *p.lon);
            if (swapped.problem.isEmpty() && *p.lat >= -180 && *p.lat <= 180 && qAbs(*p.lon) <= 90) {
                Fix fix{{{Field::Lon, QString::number(*p.lat, 'f', 7)},
                         {Field::Lat, QString::number(*p.lon, 'f', 7)}},
                        QCoreApplication::translate("Checker", "swap longitude and latitude")};
                add(primary, p, "swapped_coordinates", Severity::Error,
                    QCoreApplication::translate(
                        "Checker",
                        "Longitude and latitude are swapped: %1, %2 is outside France, %2, %1 is in it")
                        .arg(QString::number(*p.lon), QString::number(*p.lat)),
                    fix);
            } else {
                add(primary, p, "outside_france", Severity::Error,
                    QCoreApplication::translate(
                        "Checker", "Position %1, %2 is outside France and its overseas territories")
                        .arg(QString::number(*p.lon), QString::number(*p.lat)));
            }
        }
    }
    if (p.lon && p.lat) {
        const int shared = m_shared.value({*p.lon, *p.lat});
        if (shared > 1)
            add(primary, p, "same_coordinates", Severity::Info,
                QCoreApplication::translate(
                    "Checker",
                    "%1 places have exactly this position (one building, or a position of the commune)")
                    .arg(shared));
    }
    const QString byPostcode = geo::departementFromPostcode(p.postcode);
    if (!byPostcode.isEmpty() && !p.departement.isEmpty() && byPostcode != p.departement)
        add(primary, p, "departement_mismatch", Severity::Warning,
            QCoreApplication::translate(
                "Checker",
                "The postcode %1 is in département %2, the position in %3 (%4): one of them is wrong")
                .arg(p.postcode, byPostcode, p.departement, geo::departementName(p.departement)));

    // Name.
    if (p.name.isEmpty()) {
        add(primary, p, "name_empty", Severity::Error, QCoreApplication::translate("Checker", "No name"));
    } else {
        const QRegularExpressionMatch status = statusPattern().match(p.name);
        if (status.hasMatch() && status.capturedStart() > 0) {
            const QString clean = p.name.left(status.capturedStart()).trimmed();
            add(primary, p, "status_in_name", Severity::Warning,
                QCoreApplication::translate("Checker", "The name holds a note on the place's state: “%1”")
                    .arg(status.captured().trimmed()),
                Fix{{{Field::Name, clean}}, QCoreApplication::translate("Checker", "name: %1").arg(clean)});
        }
        if (truncatedName(p.name))
            add(primary, p, "name_truncated", Severity::Warning,
                QCoreApplication::translate("Checker", "The name looks cut short: “%1”").arg(p.name));
    }

    // Curated text fields: broken encoding, e-mail addresses.
    const std::pair<Field, const QString*> texts[] = {
        {Field::Name, &p.name},       {Field::Address, &p.address}, {Field::Commune, &p.commune},
        {Field::Website, &p.website}, {Field::Twitter, &p.twitter}, {Field::Facebook, &p.facebook}};
    for (const auto& [field, value] : texts) {
        if (looksMojibake(*value)) {
            const QString repaired = normalise::text(*value);
            add(primary, p, "mojibake", Severity::Warning,
                QCoreApplication::translate("Checker", "%1 has broken accents (text decoded twice): “%2”")
                    .arg(fieldLabel(field), *value),
                repaired != *value
                    ? Fix{{{field, repaired}},
                          QCoreApplication::translate("Checker", "%1: %2").arg(fieldKey(field), repaired)}
                    : Fix{});
        }
        if (value->contains(QLatin1Char('@')) && field != Field::Twitter) {
            const QRegularExpressionMatch email = emailPattern().match(*value);
            if (email.hasMatch()) {
                QString without =
                    QString(*value).remove(email.capturedStart(), email.capturedLength()).simplified();
                if (field == Field::Website)
                    without.clear(); // what remains of "http://a@b.fr" is no address
                add(primary, p, field == Field::Website ? "email_in_website" : "personal_data",
                    Severity::Error,
                    QCoreApplication::translate(
                        "Checker", "An e-mail address in %1, a public field: it may be personal data")
                        .arg(fieldLabel(field)),
                    Fix{{{field, without}},
                        QCoreApplication::translate("Checker", "%1: %2")
                            .arg(fieldKey(field), without.isEmpty()
                                                      ? QCoreApplication::translate("Checker", "(empty)")
                                                      : without)});
            }
        }
    }
    if (!p.website.isEmpty() && normalise::isSocialUrl(p.website)) {
        const normalise::Normalised fb = normalise::facebook(p.website);
        const normalise::Normalised tw = normalise::twitter(p.website);
        Fix fix;
        if (fb.problem.isEmpty() && !fb.value.isEmpty() && p.facebook.isEmpty())
            fix = {{{Field::Facebook, fb.value}, {Field::Website, QString()}},
                   QCoreApplication::translate("Checker", "facebook: %1, website emptied").arg(fb.value)};
        else if (tw.problem.isEmpty() && !tw.value.isEmpty() && p.twitter.isEmpty())
            fix = {{{Field::Twitter, tw.value}, {Field::Website, QString()}},
                   QCoreApplication::translate("Checker", "twitter: %1, website emptied").arg(tw.value)};
        add(primary, p, "social_in_website", Severity::Warning,
            QCoreApplication::translate("Checker", "The website is a social network page: %1").arg(p.website),
            fix);
    }

    // Each record as imported: what the import had to repair or could not use.
    for (const RecordRow& r : records) {
        const SourceColumns& c = columns(r);
        auto raw = [&r](const QString& column) {
            return column.isEmpty() ? QString() : r.attributes.value(column).toVariant().toString().trimmed();
        };
        const QString web = raw(c.website);
        if (!web.isEmpty() && !normalise::isSocialUrl(web)) {
            const auto urls = urlPattern().globalMatch(web);
            QStringList found;
            for (auto it = urls; it.hasNext();)
                found << it.next().captured();
            const QString first = found.isEmpty() ? QString() : normalise::url(found.first()).value;
            const bool glued = web.count(QLatin1String("http"), Qt::CaseInsensitive) > 1 ||
                               web.count(QLatin1String("www."), Qt::CaseInsensitive) > 1;
            Fix setFirst;
            if (!first.isEmpty() && first != p.website && p.website.isEmpty())
                setFirst = {{{Field::Website, first}},
                            QCoreApplication::translate("Checker", "website: %1").arg(first)};
            if (emailPattern().match(web).hasMatch() && !web.contains(QLatin1Char('/'))) {
                if (r.id != p.primaryRecord || p.website.isEmpty())
                    add(&r, p, "email_in_website", Severity::Error,
                        QCoreApplication::translate(
                            "Checker", "The source gives an e-mail address as website (column %1)")
                            .arg(c.website));
            } else if (glued) {
                add(&r, p, "url_glued", Severity::Warning,
                    QCoreApplication::translate("Checker",
                                                "Several addresses glued in one website value: “%1”")
                        .arg(web),
                    setFirst);
            } else if (!found.isEmpty() && found.first() != web) {
                add(&r, p, "url_text_around", Severity::Warning,
                    QCoreApplication::translate("Checker", "Text around the web address: “%1”").arg(web),
                    setFirst);
            } else if (found.isEmpty() && !normalise::url(web).problem.isEmpty()) {
                add(&r, p, "url_invalid", Severity::Warning,
                    QCoreApplication::translate("Checker",
                                                "Not a web address in column %1 (left out at import)")
                        .arg(c.website));
            }
            if (looksMojibake(web)) {
                const QString repaired = normalise::url(normalise::text(web)).value;
                add(&r, p, "mojibake", Severity::Warning,
                    QCoreApplication::translate("Checker", "The web address has broken accents: “%1”")
                        .arg(web),
                    !repaired.isEmpty() && repaired != p.website
                        ? Fix{{{Field::Website, repaired}},
                              QCoreApplication::translate("Checker", "website: %1").arg(repaired)}
                        : Fix{});
            }
        }
        // Handles: malformed, or in the other's column.
        const QString twitter = raw(c.twitter), facebook = raw(c.facebook);
        if (twitter.contains(QLatin1String("facebook.com"), Qt::CaseInsensitive) ||
            twitter.contains(QLatin1String("fb.com"), Qt::CaseInsensitive)) {
            const normalise::Normalised fb = normalise::facebook(twitter);
            add(&r, p, "handle_wrong_column", Severity::Warning,
                QCoreApplication::translate("Checker", "A Facebook address in the Twitter column: %1")
                    .arg(twitter),
                fb.problem.isEmpty() && !fb.value.isEmpty() && p.facebook.isEmpty()
                    ? Fix{{{Field::Facebook, fb.value}},
                          QCoreApplication::translate("Checker", "facebook: %1").arg(fb.value)}
                    : Fix{});
        } else if (!twitter.isEmpty() && !normalise::twitter(twitter).problem.isEmpty()) {
            add(&r, p, "handle_malformed", Severity::Warning,
                QCoreApplication::translate("Checker", "Not a Twitter account: “%1”").arg(twitter));
        }
        if (facebook.contains(QLatin1String("twitter.com"), Qt::CaseInsensitive)) {
            const normalise::Normalised tw = normalise::twitter(facebook);
            add(&r, p, "handle_wrong_column", Severity::Warning,
                QCoreApplication::translate("Checker", "A Twitter address in the Facebook column: %1")
                    .arg(facebook),
                tw.problem.isEmpty() && !tw.value.isEmpty() && p.twitter.isEmpty()
                    ? Fix{{{Field::Twitter, tw.value}},
                          QCoreApplication::translate("Checker", "twitter: %1").arg(tw.value)}
                    : Fix{});
        } else if (!facebook.isEmpty() && !normalise::facebook(facebook).problem.isEmpty()) {
            add(&r, p, "handle_malformed", Severity::Warning,
                QCoreApplication::translate("Checker", "Not a Facebook page: “%1”").arg(facebook));
        }
        if (looksMojibake(facebook) || looksMojibake(twitter))
            add(&r, p, "mojibake", Severity::Info,
                QCoreApplication::translate(
                    "Checker", "The source's social handle has broken accents (repaired at import): “%1”")
                    .arg(looksMojibake(facebook) ? facebook : twitter));
        // Postcode as the source wrote it.
        const QString cp = raw(c.postcode);
        if (cp == QLatin1String("0") || cp == QLatin1String("00000"))
            add(&r, p, "postcode_placeholder", Severity::Warning,
                QCoreApplication::translate(
                    "Checker", "The source gives postcode “%1”, a placeholder: the postcode is unknown")
                    .arg(cp));
        else if (cp.size() == 4 && std::all_of(cp.begin(), cp.end(), [](QChar ch) { return ch.isDigit(); })) {
            // The import restores a leading zero; when the position says the zero was the last digit
            // ("2100" in Dijon is 21000, not 02100), the fix puts it there.
            const QString trailing = cp + QLatin1Char('0');
            if (!p.departement.isEmpty() && geo::departementFromPostcode(trailing) == p.departement &&
                geo::departementFromPostcode(QLatin1Char('0') + cp) != p.departement &&
                p.postcode != trailing)
                add(&r, p, "postcode_lost_zero", Severity::Warning,
                    QCoreApplication::translate("Checker",
                                                "The source's postcode %1 lost a zero: the position (in "
                                                "département %2) says %3, not 0%1")
                        .arg(cp, p.departement, trailing),
                    Fix{{{Field::Postcode, trailing}},
                        QCoreApplication::translate("Checker", "postcode: %1").arg(trailing)});
            else
                add(&r, p, "postcode_lost_zero", Severity::Info,
                    QCoreApplication::translate("Checker",
                                                "The source's postcode %1 lost its leading zero (0%1 kept)")
                        .arg(cp));
        }
        // Geocoding precision (the CGET file's geocoder score, 0 to 1).
        const QString precision = raw(c.precision);
        if (!precision.isEmpty()) {
            bool ok = false;
            const double score = QString(precision).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            if (ok && score > 1)
                add(&r, p, "geocoding_precision_scale", Severity::Warning,
                    QCoreApplication::translate(
                        "Checker", "Geocoding precision %1 is not on the 0–1 scale of the other rows")
                        .arg(precision));
            else if (ok && score < 0.7)
                add(&r, p, "geocoding_precision_low", Severity::Warning,
                    QCoreApplication::translate(
                        "Checker",
                        "Geocoding precision %1 is low: the position may be the street's or the commune's")
                        .arg(precision));
        }
        // The département the source itself gives.
        const QString dep = raw(c.departement);
        if (!dep.isEmpty() && !p.departement.isEmpty() && dep != QLatin1String("0") &&
            dep.rightJustified(2, QLatin1Char('0')) != p.departement)
            add(&r, p, "source_departement_mismatch", Severity::Info,
                QCoreApplication::translate("Checker",
                                            "The source says département %1, the position is in %2 (%3)")
                    .arg(dep, p.departement, geo::departementName(p.departement)));
    }
}

std::vector<Problem> runWhere(QSqlDatabase& db, const QString& where,
                              const std::function<bool(qint64, qint64)>& progress)
{
    Run run(db);
    run.loadSharedPositions(where);
    const qint64 total =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM place p WHERE p.status <> 'merged'") + where)
            .toLongLong();
    QSqlQuery places = sql::exec(
        db, QStringLiteral(
                "SELECT p.id, p.name, p.address, p.postcode, p.commune, p.website, p.twitter, p.facebook, "
                "p.lon, p.lat, g.departement_code, p.primary_record_id FROM place p "
                "LEFT JOIN place_geography g ON g.place_id = p.id WHERE p.status <> 'merged'") +
                where + QStringLiteral(" ORDER BY p.id"));
    QSqlQuery records = sql::exec(
        db,
        QStringLiteral(
            "SELECT pr.place_id, r.id, s.name, s.profile, r.source_key, r.attributes FROM place_record pr "
            "JOIN place p ON p.id = pr.place_id JOIN raw_record r ON r.id = pr.raw_record_id "
            "JOIN source s ON s.id = r.source_id WHERE p.status <> 'merged' AND r.removed = 0") +
            where + QStringLiteral(" ORDER BY pr.place_id, r.id"));
    // The database is read on this thread while another parses the records' attributes and checks the
    // places, batch by batch (a million places: reading and checking each take about half of the time).
    using Batch = std::vector<std::pair<PlaceRow, QList<RecordRow>>>;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Batch> queue;
    bool finished = false;
    std::thread checker([&] {
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return !queue.empty() || finished; });
                if (queue.empty())
                    return;
                batch = std::move(queue.front());
                queue.pop_front();
            }
            changed.notify_all();
            for (auto& [place, recs] : batch) {
                for (RecordRow& r : recs)
                    r.attributes = QJsonDocument::fromJson(r.json).object();
                run.checkPlace(place, recs);
            }
        }
    });
    auto finish = [&] {
        {
            std::lock_guard lock(mutex);
            finished = true;
        }
        changed.notify_all();
        checker.join();
    };
    auto push = [&](Batch&& batch) {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return queue.size() < 4; });
        queue.push_back(std::move(batch));
        lock.unlock();
        changed.notify_all();
    };
    bool moreRecords = records.next();
    qint64 done = 0;
    Batch batch;
    try {
        while (places.next()) {
            PlaceRow p;
            p.id = places.value(0).toLongLong();
            p.name = places.value(1).toString();
            p.address = places.value(2).toString();
            p.postcode = places.value(3).toString();
            p.commune = places.value(4).toString();
            p.website = places.value(5).toString();
            p.twitter = places.value(6).toString();
            p.facebook = places.value(7).toString();
            if (!places.value(8).isNull() && !places.value(9).isNull()) {
                p.lon = places.value(8).toDouble();
                p.lat = places.value(9).toDouble();
            }
            p.departement = places.value(10).toString();
            p.primaryRecord = places.value(11).toLongLong();
            QList<RecordRow> recs;
            while (moreRecords && records.value(0).toLongLong() <= p.id) {
                if (records.value(0).toLongLong() == p.id) {
                    RecordRow r;
                    r.placeId = p.id;
                    r.id = records.value(1).toLongLong();
                    r.source = records.value(2).toString();
                    r.profile = records.value(3).toString();
                    r.key = records.value(4).toString();
                    r.json = records.value(5).toByteArray();
                    recs << r;
                }
                moreRecords = records.next();
            }
            batch.emplace_back(std::move(p), std::move(recs));
            if (batch.size() == 4096) {
                push(std::move(batch));
                batch = Batch();
            }
            if (progress && ++done % 4096 == 0 && !progress(done, total))
                throw Cancelled();
        }
        push(std::move(batch));
    } catch (...) {
        finish();
        throw;
    }
    finish();
    return std::move(run.problems);
}

} // namespace

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

const QStringList& codes()
{
    static const QStringList list{QStringLiteral("no_coordinates"),
                                  QStringLiteral("outside_france"),
                                  QStringLiteral("swapped_coordinates"),
                                  QStringLiteral("departement_mismatch"),
                                  QStringLiteral("source_departement_mismatch"),
                                  QStringLiteral("postcode_lost_zero"),
                                  QStringLiteral("postcode_placeholder"),
                                  QStringLiteral("geocoding_precision_low"),
                                  QStringLiteral("geocoding_precision_scale"),
                                  QStringLiteral("url_invalid"),
                                  QStringLiteral("url_glued"),
                                  QStringLiteral("url_text_around"),
                                  QStringLiteral("email_in_website"),
                                  QStringLiteral("social_in_website"),
                                  QStringLiteral("handle_malformed"),
                                  QStringLiteral("handle_wrong_column"),
                                  QStringLiteral("same_coordinates"),
                                  QStringLiteral("status_in_name"),
                                  QStringLiteral("name_empty"),
                                  QStringLiteral("name_truncated"),
                                  QStringLiteral("mojibake"),
                                  QStringLiteral("personal_data")};
    return list;
}

std::vector<Problem> run(QSqlDatabase& db, const std::function<bool(qint64, qint64)>& progress)
{
    return runWhere(db, QString(), progress);
}

std::vector<Problem> runFor(QSqlDatabase& db, const QList<qint64>& placeIds)
{
    QStringList ids;
    for (qint64 id : placeIds)
        ids << QString::number(id);
    if (ids.isEmpty())
        return {};
    return runWhere(db, QStringLiteral(" AND p.id IN (%1)").arg(ids.join(QLatin1Char(','))), {});
}

namespace {

void insertProblems(QSqlDatabase& db, const std::vector<Problem>& problems)
{
    QSqlQuery insert = sql::prepare(
        db, QStringLiteral("INSERT OR IGNORE INTO place_problem(place_id, code, severity) VALUES (?, ?, ?)"));
    for (const Problem& p : problems) {
        insert.addBindValue(p.placeId);
        insert.addBindValue(p.code);
        insert.addBindValue(severityKey(p.severity));
        sql::exec(insert);
    }
}

} // namespace

void save(QSqlDatabase& db, const std::vector<Problem>& problems)
{
    sql::exec(db, QStringLiteral("DELETE FROM place_problem"));
    insertProblems(db, problems);
}

void savePlaces(QSqlDatabase& db, const QList<qint64>& placeIds, const std::vector<Problem>& problems)
{
    for (qint64 id : placeIds)
        sql::exec(db, QStringLiteral("DELETE FROM place_problem WHERE place_id = ?"), {id});
    insertProblems(db, problems);
}

void checkImport(QSqlDatabase& db, qint64 importId)
{
    const QString places =
        QStringLiteral("SELECT pr.place_id FROM place_record pr JOIN raw_record r ON r.id = "
                       "pr.raw_record_id WHERE r.import_id = %1")
            .arg(importId);
    sql::exec(db, QStringLiteral("DELETE FROM place_problem WHERE place_id IN (%1)").arg(places));
    insertProblems(db, runWhere(db, QStringLiteral(" AND p.id IN (%1)").arg(places), {}));
}

QStringList columns()
{
    return {QStringLiteral("source"), QStringLiteral("source_key"), QStringLiteral("place_id"),
            QStringLiteral("code"),   QStringLiteral("severity"),   QStringLiteral("message"),
            QStringLiteral("fix")};
}

QVariantList row(const Problem& p)
{
    return {p.source, p.sourceKey, p.placeId, p.code, severityKey(p.severity), p.message, p.fix.description};
}

int applyFixes(edit::Session& session, const std::vector<Problem>& problems, QString* error)
{
    int fixable = 0;
    for (const Problem& p : problems)
        fixable += p.fix.isEmpty() ? 0 : 1;
    if (fixable == 0)
        return 0;
    const auto first =
        std::find_if(problems.begin(), problems.end(), [](const Problem& p) { return !p.fix.isEmpty(); });
    session.stack.beginMacro(
        fixable == 1 ? QCoreApplication::translate("Checker", "Fix: %1").arg(first->fix.description)
                     : QCoreApplication::translate("Checker", "Fix %1 problems").arg(fixable));
    int fixed = 0;
    QString failure;
    for (const Problem& p : problems) {
        if (p.fix.isEmpty())
            continue;
        for (const auto& [field, value] : p.fix.changes) {
            if (!edit::setPlaceField(session, p.placeId, field, value, &failure))
                break;
        }
        if (!failure.isEmpty())
            break;
        ++fixed;
    }
    session.stack.endMacro();
    if (!failure.isEmpty()) {
        session.stack.undo(); // all or nothing
        if (error)
            *error = failure;
        return 0;
    }
    return fixed;
}

} // namespace recoupe::check
