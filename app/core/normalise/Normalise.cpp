// SPDX-License-Identifier: GPL-3.0-or-later
#include "normalise/Normalise.h"

#include <algorithm>
#include <charconv>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace recoupe::normalise {

namespace {

// Gives lupdate and the runtime the same translation context.
struct NormaliseText
{
    Q_DECLARE_TR_FUNCTIONS(Normalise)
};

// Text decoded twice shows "Ã" or "Â" followed by a continuation byte read as Latin-1.
QString repairDoubleEncoding(const QString& s)
{
    bool suspicious = false;
    for (qsizetype i = 0; i + 1 < s.size() && !suspicious; ++i) {
        const char16_t c = s.at(i).unicode();
        const char16_t next = s.at(i + 1).unicode();
        suspicious = (c == 0xC2 || c == 0xC3) && next >= 0x80 && next <= 0xBF;
    }
    if (!suspicious)
        return s;
    for (const QChar c : s) {
        if (c.unicode() > 0xFF)
            return s;
    }
    const QByteArray bytes = s.toLatin1();
    const QString repaired = QString::fromUtf8(bytes);
    if (repaired.contains(QChar::ReplacementCharacter))
        return s;
    return repaired;
}

bool inFranceOrOverseas(double lon, double lat)
{
    // Mainland with Corsica, then the overseas départements and collectivities.
    struct Box
    {
        double minLon, minLat, maxLon, maxLat;
    };
    static constexpr Box boxes[] = {
        {-5.8, 41.2, 10.0, 51.3},       // France métropolitaine
        {-62.0, 15.7, -60.7, 16.6},     // Guadeloupe
        {-61.3, 14.3, -60.7, 15.0},     // Martinique
        {-54.7, 2.0, -51.5, 6.0},       // Guyane
        {55.1, -21.5, 55.9, -20.8},     // La Réunion
        {44.9, -13.1, 45.4, -12.5},     // Mayotte
        {-56.5, 46.7, -56.0, 47.2},     // Saint-Pierre-et-Miquelon
        {-63.2, 17.8, -62.7, 18.2},     // Saint-Martin, Saint-Barthélemy
        {-155.0, -28.0, -134.0, -7.0},  // Polynésie française
        {163.5, -23.0, 168.5, -19.5},   // Nouvelle-Calédonie
        {-178.5, -14.5, -175.9, -13.0}, // Wallis-et-Futuna
    };
    for (const Box& b : boxes) {
        if (lon >= b.minLon && lon <= b.maxLon && lat >= b.minLat && lat <= b.maxLat)
            return true;
    }
    return false;
}

QString stripPrefixes(QString s, std::initializer_list<const char*> prefixes)
{
    for (const char* prefix : prefixes) {
        if (s.startsWith(QLatin1String(prefix), Qt::CaseInsensitive))
            return s.mid(int(qstrlen(prefix)));
    }
    return s;
}

} // namespace

QString withoutFormulaGuard(const QString& raw)
{
    if (raw.size() >= 2 && raw.at(0) == QLatin1Char('\'') && QStringView(u"=+-@\t\r").contains(raw.at(1)))
        return raw.mid(1);
    return raw;
}

QString text(const QString& raw)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\s*<br\\s*/?>\\s*"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString s = withoutFormulaGuard(raw);
    if (s.contains(QLatin1Char('<')))
        s.replace(lineBreak, QStringLiteral(", "));
    s = repairDoubleEncoding(s.simplified());
    while (s.startsWith(QLatin1String(", ")))
        s.remove(0, 2);
    while (s.endsWith(QLatin1Char(',')))
        s.chop(1);
    return s.trimmed();
}

Normalised postcode(const QString& raw)
{
    QString s = raw.simplified().remove(QLatin1Char(' '));
    if (s.isEmpty())
        return {};
    // Spreadsheets store postcodes as numbers: "1000.0" or "1000,0".
    const qsizetype separator = std::max(s.lastIndexOf(QLatin1Char('.')), s.lastIndexOf(QLatin1Char(',')));
    if (separator > 0 && s.size() > separator + 1 &&
        std::all_of(s.begin() + separator + 1, s.end(), [](QChar c) { return c == QLatin1Char('0'); }))
        s.truncate(separator);
    if (s == QLatin1String("0") || s == QLatin1String("00000"))
        return {QString(),
                NormaliseText::tr("postcode '%1' is a placeholder for an unknown postcode").arg(raw)};
    const bool digits = (s.size() == 4 || s.size() == 5) &&
                        std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits)
        return {QString(), NormaliseText::tr("'%1' is not a French postcode").arg(raw)};
    if (s.size() == 4)
        s.prepend(QLatin1Char('0'));
    return {s, QString()};
}

Normalised url(const QString& raw)
{
    QString s = raw.trimmed();
    if (s.isEmpty())
        return {};
    if (s.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) || s.contains(QLatin1Char(' ')))
        return {QString(), NormaliseText::tr("'%1' is not a web address").arg(raw)};
    const qsizetype scheme = s.indexOf(QLatin1String("://"));
    const bool hasScheme = scheme > 0 && std::all_of(s.begin(), s.begin() + scheme, [](QChar c) {
                               return c.isLetterOrNumber() || c == u'+' || c == u'.' || c == u'-';
                           });
    if (!hasScheme)
        s.prepend(QLatin1String("http://"));
    QUrl u(s, QUrl::TolerantMode);
    if (!u.isValid() || u.host().isEmpty() || !u.host().contains(QLatin1Char('.')))
        return {QString(), NormaliseText::tr("'%1' is not a web address").arg(raw)};
    u.setScheme(u.scheme().toLower());
    u.setHost(u.host().toLower());
    u.setFragment(QString());
    QString out = u.toString(QUrl::FullyEncoded);
    while (out.endsWith(QLatin1Char('/')))
        out.chop(1);
    return {out, QString()};
}

QString urlKey(const QString& canonicalUrl)
{
    if (canonicalUrl.isEmpty())
        return {};
    const QUrl u(canonicalUrl);
    QString host = u.host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    static const QRegularExpression indexPage(QStringLiteral("/(index|accueil|home)(\\.[a-z]+)?$"));
    path.remove(indexPage);
    return (host + path).toLower();
}

QString urlHost(const QString& canonicalUrl)
{
    QString host = QUrl(canonicalUrl).host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

bool isSocialUrl(const QString& raw)
{
    static const QRegularExpression social(
        QStringLiteral(
            "(^|[/.])(facebook\\.com|fb\\.com|twitter\\.com|x\\.com|instagram\\.com|linkedin\\.com|"
            "youtube\\.com|flickr\\.com|plus\\.google\\.com|facebook\\.fr)"),
        QRegularExpression::CaseInsensitiveOption);
    return social.match(raw).hasMatch();
}

Normalised twitter(const QString& raw)
{
    QString s = withoutFormulaGuard(raw.trimmed());
    if (s.isEmpty())
        return {};
    static const QRegularExpression address(
        QStringLiteral(
            "^(https?://)?(www\\.|mobile\\.)?(twitter|x)\\.com/(#!/)?@?([A-Za-z0-9_]{1,15})([/?].*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handle(QStringLiteral("^@?([A-Za-z0-9_]{1,15})$"));
    auto m = address.match(s);
    if (m.hasMatch())
        return {QLatin1Char('@') + m.captured(5), QString()};
    m = handle.match(s);
    if (m.hasMatch())
        return {QLatin1Char('@') + m.captured(1), QString()};
    return {QString(), NormaliseText::tr("'%1' is not a Twitter account").arg(raw)};
}

Normalised facebook(const QString& raw)
{
    QString s = text(raw);
    if (s.isEmpty())
        return {};
    if (s.contains(QLatin1Char(' ')))
        return {QString(), NormaliseText::tr("'%1' is not a Facebook page").arg(raw)};
    s = stripPrefixes(s, {"https://", "http://"});
    s = stripPrefixes(s, {"www.", "m.", "fr-fr.", "fr.", "web."});
    const bool isAddress = s.startsWith(QLatin1String("facebook.com/"), Qt::CaseInsensitive) ||
                           s.startsWith(QLatin1String("facebook.fr/"), Qt::CaseInsensitive) ||
                           s.startsWith(QLatin1String("fb.com/"), Qt::CaseInsensitive);
    if (isAddress)
        s = s.mid(s.indexOf(QLatin1Char('/')) + 1);
    else if (s.contains(QLatin1Char('.')) && !s.startsWith(QLatin1String("pages/")) &&
             s.indexOf(QLatin1Char('/')) > s.indexOf(QLatin1Char('.')))
        return {QString(), NormaliseText::tr("'%1' is not a Facebook page").arg(raw)};
    const int query = s.indexOf(QLatin1Char('?'));
    if (query >= 0) {
        // A profile without a name is known only by its id: "profile.php?id=100010414026368&ref=…".
        QString id;
        if (s.startsWith(QLatin1String("profile.php"), Qt::CaseInsensitive)) {
            for (const QString& parameter : s.mid(query + 1).split(QLatin1Char('&'))) {
                if (parameter.startsWith(QLatin1String("id=")))
                    id = parameter.mid(3);
            }
        }
        s.truncate(query);
        if (!id.isEmpty())
            s += QStringLiteral("?id=") + id;
    }
    s = stripPrefixes(s, {"#!/"});
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    if (s.isEmpty())
        return {QString(), NormaliseText::tr("'%1' is not a Facebook page").arg(raw)};
    return {QStringLiteral("facebook.com/") + s, QString()};
}

namespace {

// A plain decimal ("47.218371", "-1,5531", "  3 "): read in place, without the two copies and the
// conversion that QString::toDouble costs (two per row of a million-row import). Gives the value
// QString::toDouble gives, both rounding correctly; anything else (exponent, sign +, other characters)
// returns nullopt with `plain` false, for toDouble to decide.
std::optional<double> plainDecimal(const QString& raw, bool& plain)
{
    plain = false;
    const char16_t* data = QStringView(raw).utf16();
    qsizetype first = 0, last = raw.size();
    while (first < last && (data[first] == u' ' || data[first] == u'\t'))
        ++first;
    while (last > first && (data[last - 1] == u' ' || data[last - 1] == u'\t'))
        --last;
    char buffer[40];
    const qsizetype size = last - first;
    if (size == 0 || size >= qsizetype(sizeof buffer))
        return std::nullopt;
    int digits = 0, points = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[first + i];
        if (c >= u'0' && c <= u'9') {
            ++digits;
            buffer[i] = char(c);
        } else if (c == u'.' || c == u',') {
            ++points;
            buffer[i] = '.';
        } else if (c == u'-' && i == 0) {
            buffer[i] = '-';
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0 || points > 1)
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(buffer, buffer + size, value);
    if (error != std::errc() || end != buffer + size)
        return std::nullopt;
    plain = true;
    return value;
}

} // namespace

std::optional<double> number(const QString& raw)
{
    bool plain = false;
    if (const std::optional<double> value = plainDecimal(raw, plain); plain)
        return value;
    QString s = raw.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    s.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = s.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

Position position(std::optional<double> lon, std::optional<double> lat)
{
    if (!lon && !lat)
        return {};
    if (!lon || !lat)
        return {std::nullopt, std::nullopt, NormaliseText::tr("only one of longitude and latitude is given")};
    const double x = *lon;
    const double y = *lat;
    if (x == 0.0 && y == 0.0)
        return {std::nullopt, std::nullopt, NormaliseText::tr("position 0, 0 is a placeholder, not a place")};
    if (x < -180.0 || x > 180.0 || y < -90.0 || y > 90.0)
        return {
            std::nullopt, std::nullopt,
            NormaliseText::tr("position %1, %2 is out of range").arg(QString::number(x), QString::number(y))};
    if (inFranceOrOverseas(x, y))
        return {x, y, QString()};
    if (inFranceOrOverseas(y, x))
        return {y, x, NormaliseText::tr("latitude and longitude were swapped; put back in order")};
    return {
        x, y,
        NormaliseText::tr("position %1, %2 is outside France").arg(QString::number(x), QString::number(y))};
}

} // namespace recoupe::normalise
