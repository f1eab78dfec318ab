//! Country names (as ICEWS spells them) → ISO 3166-1 alpha-3, and ICEWS
//! sectors → CAMEO agent codes. Written for dyad; names not listed map to "".

/// ISO alpha-3 code of a country name, `None` when the name is not in the table.
/// Matching ignores ASCII case and surrounding spaces.
pub fn country_iso3(name: &str) -> Option<&'static str> {
    let key = name.trim();
    COUNTRIES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(key))
        .map(|&(_, code)| code)
}

const COUNTRIES: &[(&str, &str)] = &[
    ("Afghanistan", "AFG"),
    ("Albania", "ALB"),
    ("Algeria", "DZA"),
    ("Andorra", "AND"),
    ("Angola", "AGO"),
    ("Argentina", "ARG"),
    ("Armenia", "ARM"),
    ("Australia", "AUS"),
    ("Austria", "AUT"),
    ("Azerbaijan", "AZE"),
    ("Bahrain", "BHR"),
    ("Bangladesh", "BGD"),
    ("Belarus", "BLR"),
    ("Belgium", "BEL"),
    ("Benin", "BEN"),
    ("Bhutan", "BTN"),
    ("Bolivia", "BOL"),
    ("Bosnia and Herzegovina", "BIH"),
    ("Botswana", "BWA"),
    ("Brazil", "BRA"),
    ("Bulgaria", "BGR"),
    ("Burkina Faso", "BFA"),
    ("Burundi", "BDI"),
    ("Cambodia", "KHM"),
    ("Cameroon", "CMR"),
    ("Canada", "CAN"),
    ("Central African Republic", "CAF"),
    ("Chad", "TCD"),
    ("Chile", "CHL"),
    ("China", "CHN"),
    ("Colombia", "COL"),
    ("Comoros", "COM"),
    ("Congo", "COG"),
    ("Democratic Republic of Congo", "COD"),
    ("Democratic Republic of the Congo", "COD"),
    ("Costa Rica", "CRI"),
    ("Cote d'Ivoire", "CIV"),
    ("Croatia", "HRV"),
    ("Cuba", "CUB"),
    ("Cyprus", "CYP"),
    ("Czech Republic", "CZE"),
    ("Denmark", "DNK"),
    ("Djibouti", "DJI"),
    ("Dominican Republic", "DOM"),
    ("Ecuador", "ECU"),
    ("Egypt", "EGY"),
    ("El Salvador", "SLV"),
    ("Equatorial Guinea", "GNQ"),
    ("Eritrea", "ERI"),
    ("Estonia", "EST"),
    ("Ethiopia", "ETH"),
    ("Fiji", "FJI"),
    ("Finland", "FIN"),
    ("France", "FRA"),
    ("Gabon", "GAB"),
    ("Gambia", "GMB"),
    ("Georgia", "GEO"),
    ("Germany", "DEU"),
    ("Ghana", "GHA"),
    ("Greece", "GRC"),
    ("Guatemala", "GTM"),
    ("Guinea", "GIN"),
    ("Guinea-Bissau", "GNB"),
    ("Haiti", "HTI"),
    ("Holy See", "VAT"),
    ("Honduras", "HND"),
    ("Hong Kong", "HKG"),
    ("Hungary", "HUN"),
    ("Iceland", "ISL"),
    ("India", "IND"),
    ("Indonesia", "IDN"),
    ("Iran", "IRN"),
    ("Iraq", "IRQ"),
    ("Ireland", "IRL"),
    ("Israel", "ISR"),
    ("Italy", "ITA"),
    ("Jamaica", "JAM"),
    ("Japan", "JPN"),
    ("Jordan", "JOR"),
    ("Kazakhstan", "KAZ"),
    ("Kenya", "KEN"),
    ("Kosovo", "XKX"),
    ("Kuwait", "KWT"),
    ("Kyrgyzstan", "KGZ"),
    ("Laos", "LAO"),
    ("Latvia", "LVA"),
    ("Lebanon", "LBN"),
    ("Lesotho", "LSO"),
    ("Liberia", "LBR"),
    ("Libya", "LBY"),
    ("Lithuania", "LTU"),
    ("Luxembourg", "LUX"),
    ("Macedonia", "MKD"),
    ("the former Yugoslav Republic of Macedonia", "MKD"),
    ("North Macedonia", "MKD"),
    ("Madagascar", "MDG"),
    ("Malawi", "MWI"),
    ("Malaysia", "MYS"),
    ("Maldives", "MDV"),
    ("Mali", "MLI"),
    ("Malta", "MLT"),
    ("Marshall Islands", "MHL"),
    ("Mauritania", "MRT"),
    ("Mauritius", "MUS"),
    ("Mexico", "MEX"),
    ("Moldova", "MDA"),
    ("Moldova, Republic of", "MDA"),
    ("Monaco", "MCO"),
    ("Mongolia", "MNG"),
    ("Montenegro", "MNE"),
    ("Morocco", "MAR"),
    ("Mozambique", "MOZ"),
    ("Myanmar", "MMR"),
    ("Namibia", "NAM"),
    ("Nepal", "NPL"),
    ("Netherlands", "NLD"),
    ("New Zealand", "NZL"),
    ("Nicaragua", "NIC"),
    ("Niger", "NER"),
    ("Nigeria", "NGA"),
    ("North Korea", "PRK"),
    ("Norway", "NOR"),
    ("Occupied Palestinian Territory", "PSE"),
    ("Palestine", "PSE"),
    ("Oman", "OMN"),
    ("Pakistan", "PAK"),
    ("Panama", "PAN"),
    ("Papua New Guinea", "PNG"),
    ("Paraguay", "PRY"),
    ("Peru", "PER"),
    ("Philippines", "PHL"),
    ("Poland", "POL"),
    ("Portugal", "PRT"),
    ("Qatar", "QAT"),
    ("Romania", "ROU"),
    ("Russia", "RUS"),
    ("Russian Federation", "RUS"),
    ("Rwanda", "RWA"),
    ("Saudi Arabia", "SAU"),
    ("Senegal", "SEN"),
    ("Serbia", "SRB"),
    ("Seychelles", "SYC"),
    ("Sierra Leone", "SLE"),
    ("Singapore", "SGP"),
    ("Slovakia", "SVK"),
    ("Slovenia", "SVN"),
    ("Somalia", "SOM"),
    ("South Africa", "ZAF"),
    ("South Korea", "KOR"),
    ("South Sudan", "SSD"),
    ("Spain", "ESP"),
    ("Sri Lanka", "LKA"),
    ("Sudan", "SDN"),
    ("Swaziland", "SWZ"),
    ("Eswatini", "SWZ"),
    ("Sweden", "SWE"),
    ("Switzerland", "CHE"),
    ("Syria", "SYR"),
    ("Taiwan", "TWN"),
    ("Tajikistan", "TJK"),
    ("Tanzania", "TZA"),
    ("Thailand", "THA"),
    ("Timor-Leste", "TLS"),
    ("Togo", "TGO"),
    ("Trinidad and Tobago", "TTO"),
    ("Tunisia", "TUN"),
    ("Turkey", "TUR"),
    ("Turkmenistan", "TKM"),
    ("Uganda", "UGA"),
    ("Ukraine", "UKR"),
    ("United Arab Emirates", "ARE"),
    ("United Kingdom", "GBR"),
    ("United States", "USA"),
    ("Uruguay", "URY"),
    ("Uzbekistan", "UZB"),
    ("Venezuela", "VEN"),
    ("Vietnam", "VNM"),
    ("Western Sahara", "ESH"),
    ("Yemen", "YEM"),
    ("Zambia", "ZMB"),
    ("Zimbabwe", "ZWE"),
];

/// The CAMEO agent code for a comma-separated ICEWS sector list
/// ("Military,Government" → "MIL"), choosing the most specific sector
/// present; "" when none is known.
pub fn icews_sectors_to_agent(sectors: &str) -> &'static str {
    let mut best: Option<(usize, &'static str)> = None;
    for s in sectors.split(',') {
        let s = s.trim();
        if s.is_empty() || s == "NA" {
            continue;
        }
        if let Some(pos) = SECTOR_RULES
            .iter()
            .position(|(pat, _)| sector_matches(s, pat))
        {
            if best.is_none_or(|(b, _)| pos < b) {
                best = Some((pos, SECTOR_RULES[pos].1));
            }
        }
    }
    best.map(|(_, a)| a).unwrap_or("")
}

fn sector_matches(sector: &str, pattern: &str) -> bool {
    sector.to_ascii_lowercase().contains(pattern)
}

/// (lower-case substring of an ICEWS sector, agent), most specific first.
const SECTOR_RULES: &[(&str, &str)] = &[
    ("rebel", "REB"),
    ("insurgent", "REB"),
    ("separatist", "SEP"),
    ("unidentified forces", "UAF"),
    ("military", "MIL"),
    ("marines", "MIL"),
    ("army", "MIL"),
    ("navy", "MIL"),
    ("air force", "MIL"),
    ("defense / security ministry", "MIL"),
    ("police", "COP"),
    ("intelligence", "SPY"),
    ("judicial", "JUD"),
    ("legal", "JUD"),
    ("legislative", "LEG"),
    ("parliament", "LEG"),
    ("house", "LEG"),
    ("unicameral", "LEG"),
    ("foreign ministry", "GOV"),
    ("executive", "GOV"),
    ("cabinet", "GOV"),
    ("ministry", "GOV"),
    ("government", "GOV"),
    ("protest", "OPP"),
    ("dissident", "OPP"),
    ("opposition", "OPP"),
    ("criminal", "CRM"),
    ("party", "PTY"),
    ("parties", "PTY"),
    ("business", "BUS"),
    ("industrial", "BUS"),
    ("media", "MED"),
    ("news", "MED"),
    ("education", "EDU"),
    ("medical", "HLH"),
    ("health", "HLH"),
    ("human rights", "HRI"),
    ("nongovernmental", "NGO"),
    ("international government organization", "IGO"),
    ("igo", "IGO"),
    ("labor", "LAB"),
    ("agricultural", "AGR"),
    ("refugee", "REF"),
    ("radical", "RAD"),
    ("extremist", "RAD"),
    ("religious", "REL"),
    ("muslim", "REL"),
    ("christian", "REL"),
    ("catholic", "REL"),
    ("orthodox", "REL"),
    ("protestant", "REL"),
    ("sunni", "REL"),
    ("shia", "REL"),
    ("hindu", "REL"),
    ("buddhist", "REL"),
    ("jews", "REL"),
    ("jewish", "REL"),
    ("shinto", "REL"),
    ("ethnic", "ETH"),
    ("elite", "ELI"),
    ("civilian", "CVL"),
    ("social", "CVL"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_sectors() {
        assert_eq!(country_iso3("Russian Federation"), Some("RUS"));
        assert_eq!(
            country_iso3(" occupied palestinian territory "),
            Some("PSE")
        );
        assert_eq!(country_iso3("Atlantis"), None);
        assert_eq!(icews_sectors_to_agent("Military,Government"), "MIL");
        assert_eq!(
            icews_sectors_to_agent("Executive,Foreign Ministry,Government"),
            "GOV"
        );
        assert_eq!(icews_sectors_to_agent("Police"), "COP");
        assert_eq!(icews_sectors_to_agent("Insurgents"), "REB");
        assert_eq!(icews_sectors_to_agent("Business"), "BUS");
        assert_eq!(icews_sectors_to_agent("NA"), "");
    }
}
