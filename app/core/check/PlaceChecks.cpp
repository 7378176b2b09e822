// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/PlaceChecks.h"

#include "geo/AdminCodes.h"
#include "normalise/Normalise.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace recoupe::check {

namespace {

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

// What urlPattern() finds in a value that is one address and nothing else: the whole value. Such a value
// starts with http://, https:// or www. and holds none of the characters that end a match.
bool isOneAddress(const QString& web)
{
    qsizetype prefix = 0;
    for (const QLatin1String scheme :
         {QLatin1String("https://"), QLatin1String("http://"), QLatin1String("www.")})
        if (web.startsWith(scheme, Qt::CaseInsensitive)) {
            prefix = scheme.size();
            break;
        }
    if (prefix == 0 || web.size() <= prefix)
        return false;
    for (const QChar c : web)
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r') || c == QLatin1Char('\v') || c == QLatin1Char('\f') ||
            c == QLatin1Char('|') || c == QLatin1Char(',') || c == QLatin1Char(';'))
            return false;
    return true;
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

// "44", "2A", "974", "1" (a lost zero); not a name such as "Loire-Atlantique".
bool looksDepartementCode(const QString& s)
{
    if (s.isEmpty() || s.size() > 3)
        return false;
    if (s.compare(QLatin1String("2A"), Qt::CaseInsensitive) == 0 ||
        s.compare(QLatin1String("2B"), Qt::CaseInsensitive) == 0)
        return true;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

bool truncatedName(const QString& name)
{
    if (name.endsWith(QLatin1String("...")) || name.endsWith(QChar(0x2026)))
        return true;
    return name.count(QLatin1Char('(')) > name.count(QLatin1Char(')'));
}

} // namespace

void PlaceChecker::add(const RecordRow* record, const PlaceRow& p, const char* code, Severity severity,
                       const QString& message, Fix fix)
{
    Problem problem;
    if (record) {
        problem.source = record->source ? record->source->name : QString();
        problem.sourceKey = record->key;
    }
    problem.placeId = p.id;
    problem.code = QString::fromLatin1(code);
    problem.severity = severity;
    problem.message = message;
    problem.fix = std::move(fix);
    problems.push_back(std::move(problem));
}

Problem sameCoordinatesProblem(const CheckedPosition& position, int places)
{
    Problem problem;
    problem.source = position.source ? position.source->name : QString();
    problem.sourceKey = position.key;
    problem.placeId = position.placeId;
    problem.code = QStringLiteral("same_coordinates");
    problem.severity = Severity::Info;
    problem.message =
        QCoreApplication::translate(
            "Checker", "%1 places have exactly this position (one building, or a position of the commune)")
            .arg(places);
    return problem;
}

void PlaceChecker::check(const PlaceRow& p, const QList<RecordRow>& records)
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
    if (p.lon && p.lat)
        positions.push_back(
            {*p.lon, *p.lat, p.id, primary ? primary->source : nullptr, primary ? primary->key : QString()});
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
        // The pattern needs "ferm" or "itin": most names are not searched.
        const bool mayHoldStatus = p.name.contains(QLatin1String("ferm"), Qt::CaseInsensitive) ||
                                   p.name.contains(QLatin1String("itin"), Qt::CaseInsensitive);
        const QRegularExpressionMatch status =
            mayHoldStatus ? statusPattern().match(p.name) : QRegularExpressionMatch();
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
        auto columnName = [&r](RawSlot slot) { return r.source ? r.source->columnName(slot) : QString(); };
        const QString& web = r.value(RawSlot::Website);
        if (!web.isEmpty() && !normalise::isSocialUrl(web)) {
            // Most values are one address and nothing else: the search for addresses in the text, and the
            // address a fix would set, only for the others.
            QStringList found;
            if (isOneAddress(web)) {
                found << web;
            } else {
                for (auto it = urlPattern().globalMatch(web); it.hasNext();)
                    found << it.next().captured();
            }
            const bool glued = web.count(QLatin1String("http"), Qt::CaseInsensitive) > 1 ||
                               web.count(QLatin1String("www."), Qt::CaseInsensitive) > 1;
            auto setFirst = [&] {
                const QString first = found.isEmpty() ? QString() : normalise::url(found.first()).value;
                if (!first.isEmpty() && first != p.website && p.website.isEmpty())
                    return Fix{{{Field::Website, first}},
                               QCoreApplication::translate("Checker", "website: %1").arg(first)};
                return Fix{};
            };
            if (web.contains(QLatin1Char('@')) && emailPattern().match(web).hasMatch() &&
                !web.contains(QLatin1Char('/'))) {
                if (r.id != p.primaryRecord || p.website.isEmpty())
                    add(&r, p, "email_in_website", Severity::Error,
                        QCoreApplication::translate(
                            "Checker", "The source gives an e-mail address as website (column %1)")
                            .arg(columnName(RawSlot::Website)));
            } else if (glued) {
                add(&r, p, "url_glued", Severity::Warning,
                    QCoreApplication::translate("Checker",
                                                "Several addresses glued in one website value: “%1”")
                        .arg(web),
                    setFirst());
            } else if (!found.isEmpty() && found.first() != web) {
                add(&r, p, "url_text_around", Severity::Warning,
                    QCoreApplication::translate("Checker", "Text around the web address: “%1”").arg(web),
                    setFirst());
            } else if (found.isEmpty() && !normalise::url(web).problem.isEmpty()) {
                add(&r, p, "url_invalid", Severity::Warning,
                    QCoreApplication::translate("Checker",
                                                "Not a web address in column %1 (left out at import)")
                        .arg(columnName(RawSlot::Website)));
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
        const QString &twitter = r.value(RawSlot::Twitter), &facebook = r.value(RawSlot::Facebook);
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
        const QString& cp = r.value(RawSlot::Postcode);
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
        const QString& precision = r.value(RawSlot::Precision);
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
        const QString& dep = r.value(RawSlot::Departement);
        if (looksDepartementCode(dep) && !p.departement.isEmpty() && dep != QLatin1String("0") &&
            dep.rightJustified(2, QLatin1Char('0')).toUpper() != p.departement)
            add(&r, p, "source_departement_mismatch", Severity::Info,
                QCoreApplication::translate("Checker",
                                            "The source says département %1, the position is in %2 (%3)")
                    .arg(dep, p.departement, geo::departementName(p.departement)));
    }
}

} // namespace recoupe::check
