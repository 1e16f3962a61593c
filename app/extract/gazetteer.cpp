#include "extract/gazetteer.h"

#include "extract/wordset.h"

#include <QString>

namespace Quoteshelf::Extract {

bool Gazetteer::isPlace(QStringView name)
{
    static const WordSet places = [] {
        const char16_t *const list[] = {
            // Countries and territories
            u"Afghanistan", u"Albania", u"Algeria", u"Andorra", u"Angola", u"Argentina", u"Armenia", u"Australia",
            u"Austria", u"Azerbaijan", u"Bahamas", u"Bahrain", u"Bangladesh", u"Barbados", u"Belarus", u"Belgium",
            u"Belize", u"Benin", u"Bhutan", u"Bolivia", u"Bosnia", u"Botswana", u"Brazil", u"Brunei", u"Bulgaria",
            u"Burkina Faso", u"Burma", u"Burundi", u"Cambodia", u"Cameroon", u"Canada", u"Chad", u"Chile", u"China",
            u"Colombia", u"Congo", u"Costa Rica", u"Croatia", u"Cuba", u"Cyprus", u"Czech Republic", u"Denmark",
            u"Djibouti", u"Dominican Republic", u"Ecuador", u"Egypt", u"El Salvador", u"Eritrea", u"Estonia",
            u"Ethiopia", u"Fiji", u"Finland", u"France", u"Gabon", u"Gambia", u"Georgia", u"Germany", u"Ghana",
            u"Greece", u"Guatemala", u"Guinea", u"Guyana", u"Haiti", u"Honduras", u"Hungary", u"Iceland", u"India",
            u"Indonesia", u"Iran", u"Iraq", u"Ireland", u"Israel", u"Italy", u"Jamaica", u"Japan", u"Jordan",
            u"Kazakhstan", u"Kenya", u"Kosovo", u"Kuwait", u"Kyrgyzstan", u"Laos", u"Latvia", u"Lebanon", u"Liberia",
            u"Libya", u"Lithuania", u"Luxembourg", u"Madagascar", u"Malawi", u"Malaysia", u"Mali", u"Malta",
            u"Mauritania", u"Mexico", u"Moldova", u"Monaco", u"Mongolia", u"Montenegro", u"Morocco", u"Mozambique",
            u"Myanmar", u"Namibia", u"Nepal", u"Netherlands", u"New Zealand", u"Nicaragua", u"Niger", u"Nigeria",
            u"North Korea", u"Norway", u"Oman", u"Pakistan", u"Palestine", u"Panama", u"Paraguay", u"Peru",
            u"Philippines", u"Poland", u"Portugal", u"Qatar", u"Romania", u"Russia", u"Rwanda", u"Saudi Arabia",
            u"Senegal", u"Serbia", u"Sierra Leone", u"Singapore", u"Slovakia", u"Slovenia", u"Somalia", u"South Africa",
            u"South Korea", u"South Sudan", u"Spain", u"Sri Lanka", u"Sudan", u"Sweden", u"Switzerland", u"Syria",
            u"Taiwan", u"Tajikistan", u"Tanzania", u"Thailand", u"Togo", u"Tunisia", u"Turkey", u"Turkmenistan",
            u"Uganda", u"Ukraine", u"United Arab Emirates", u"United Kingdom", u"Britain", u"Great Britain", u"England",
            u"Scotland", u"Wales", u"United States", u"America", u"Uruguay", u"Uzbekistan", u"Venezuela", u"Vietnam",
            u"Yemen", u"Zambia", u"Zimbabwe", u"Gaza", u"Gaza Strip", u"West Bank", u"Crimea", u"Hong Kong",
            u"Puerto Rico", u"Europe", u"Asia", u"Africa", u"Middle East", u"Latin America",
            // US states
            u"Alabama", u"Alaska", u"Arizona", u"Arkansas", u"California", u"Colorado", u"Connecticut", u"Delaware",
            u"Florida", u"Hawaii", u"Idaho", u"Illinois", u"Indiana", u"Iowa", u"Kansas", u"Kentucky", u"Louisiana",
            u"Maine", u"Maryland", u"Massachusetts", u"Michigan", u"Minnesota", u"Mississippi", u"Missouri", u"Montana",
            u"Nebraska", u"Nevada", u"New Hampshire", u"New Jersey", u"New Mexico", u"New York", u"North Carolina",
            u"North Dakota", u"Ohio", u"Oklahoma", u"Oregon", u"Pennsylvania", u"Rhode Island", u"South Carolina",
            u"South Dakota", u"Tennessee", u"Texas", u"Utah", u"Vermont", u"Virginia", u"Washington", u"West Virginia",
            u"Wisconsin", u"Wyoming",
            // Provinces, states and regions outside the US
            u"Ontario", u"Quebec", u"British Columbia", u"Alberta", u"Saskatchewan", u"Manitoba", u"Nova Scotia",
            u"New Brunswick", u"Newfoundland", u"Newfoundland and Labrador", u"Labrador", u"Prince Edward Island",
            u"Yukon", u"Northwest Territories", u"Nunavut", u"New South Wales", u"Queensland", u"Tasmania",
            u"South Australia", u"Western Australia", u"Northern Territory", u"Northern Ireland", u"Yorkshire",
            // Australian states as their papers abbreviate them.
            u"NSW", u"Qld",
            u"Cornwall", u"Essex", u"Devon", u"Merseyside", u"Kerala", u"Maharashtra", u"Tamil Nadu", u"Punjab",
            u"Gujarat", u"Karnataka", u"Uttar Pradesh", u"Bihar", u"West Bengal", u"Rajasthan", u"Kashmir",
            u"Saxony", u"Brandenburg", u"Hesse", u"Lower Saxony", u"North Rhine-Westphalia",
            // Cities of the Commonwealth
            u"Montreal", u"Vancouver", u"Calgary", u"Edmonton", u"Winnipeg", u"Halifax", u"Quebec City", u"Regina",
            u"Saskatoon", u"Mississauga", u"Brampton", u"Gatineau", u"Melbourne", u"Brisbane", u"Perth", u"Adelaide",
            u"Canberra", u"Hobart", u"Auckland", u"Christchurch", u"Belfast", u"Cardiff", u"Birmingham", u"Liverpool",
            u"Leeds", u"Bristol", u"Sheffield", u"Newcastle", u"Nottingham", u"Aberdeen", u"Leicester", u"Coventry",
            u"Delhi", u"Bengaluru", u"Bangalore", u"Chennai", u"Kolkata", u"Hyderabad", u"Pune", u"Ahmedabad",
            u"Lahore", u"Islamabad", u"Dhaka", u"Colombo", u"Kathmandu", u"Johannesburg", u"Cape Town", u"Durban",
            u"Accra", u"Kampala", u"Harare", u"Kuala Lumpur", u"Cork", u"Galway", u"Limerick", u"Waterford",
            u"Exeter", u"Plymouth", u"Southampton", u"Portsmouth", u"Brighton", u"Norwich", u"Swansea", u"Dundee",
            u"Inverness", u"Winchester", u"Canterbury", u"Dunedin", u"Geelong", u"Wollongong",
            // Prominent cities
            u"Abu Dhabi", u"Amman", u"Ankara", u"Athens", u"Baghdad", u"Baltimore", u"Bangkok", u"Beijing", u"Beirut",
            u"Berlin", u"Boston", u"Brussels", u"Cairo", u"Chicago", u"Cleveland", u"Damascus", u"Dallas", u"Denver",
            u"Detroit", u"Doha", u"Dubai", u"Geneva", u"Havana", u"Houston", u"Istanbul", u"Jakarta", u"Jerusalem",
            u"Kabul", u"Karachi", u"Kyiv", u"Kiev", u"Lagos", u"Las Vegas", u"Lisbon", u"London", u"Los Angeles",
            u"Madrid", u"Manila", u"Miami", u"Moscow", u"Mumbai", u"Nairobi", u"New Delhi", u"Orlando", u"Ottawa",
            u"Paris", u"Philadelphia", u"Phoenix", u"Rafah", u"Riyadh", u"Rome", u"San Francisco", u"Seattle", u"Seoul",
            u"Shanghai", u"Stockholm", u"Sydney", u"Tehran", u"Tel Aviv", u"Tokyo", u"Toronto", u"Vienna", u"Warsaw",
            u"Khan Younis", u"Ramallah", u"Aleppo", u"Mosul", u"Tripoli", u"Benghazi", u"Kandahar",
            // European cities
            u"Amsterdam", u"Barcelona", u"Belgrade", u"Bern", u"Bologna", u"Bratislava", u"Bucharest", u"Budapest",
            u"Cologne", u"Copenhagen", u"Dublin", u"Edinburgh", u"Florence", u"Frankfurt", u"Glasgow", u"Graz",
            u"Hamburg", u"Helsinki", u"Innsbruck", u"Kraków", u"Krakow", u"Linz", u"Ljubljana", u"Lyon", u"Manchester",
            u"Marseille", u"Milan", u"Munich", u"Naples", u"Oslo", u"Prague", u"Salzburg", u"Sofia", u"Strasbourg",
            u"Stuttgart", u"Trieste", u"Turin", u"Venice", u"Verona", u"Vilnius", u"Zagreb", u"Zurich", u"Zürich",
            u"Basel", u"Lausanne", u"Porto", u"Seville", u"Valencia",
            // Mountain ranges, seas and regions
            u"Alps", u"Andes", u"Apennines", u"Appalachians", u"Balkans", u"Baltic", u"Bavaria", u"Carpathians",
            u"Caucasus", u"Dolomites", u"Himalayas", u"Pyrenees", u"Rockies", u"Rocky Mountains", u"Sahara",
            u"Scandinavia", u"Siberia", u"Tyrol", u"Mediterranean", u"Balkan", u"Sahel", u"Patagonia", u"Catalonia",
            u"Brittany", u"Normandy", u"Provence", u"Tuscany", u"Sicily", u"Sardinia", u"Corsica", u"Crete",
            u"Lombardy", u"Flanders", u"Wallonia", u"Silesia", u"Transylvania", u"Black Forest", u"Midwest",
            u"New England", u"Silicon Valley", u"Caribbean", u"Pacific", u"Atlantic", u"Arctic", u"Antarctica", u"Gulf"
        };
        QStringList names;
        for (const char16_t *place : list)
            names.append(QString::fromUtf16(place));
        return WordSet(names);
    }();
    return places.containsExact(name);
}

} // namespace Quoteshelf::Extract
