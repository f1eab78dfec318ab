//! The coder on whole sentences, through the bundled parser and dictionaries:
//! one row per construction the coder is meant to handle. Each row lists events
//! that must be produced (source, target, CAMEO prefix, modality) and events
//! that must not be.

use chrono::NaiveDate;
use dyad_coder::pipeline::Pipeline;
use dyad_coder::{Coder, CoderOptions};
use dyad_text::read::InputDoc;

struct Case {
    text: &'static str,
    /// (source, target, CAMEO code prefix, modality)
    want: &'static [(&'static str, &'static str, &'static str, &'static str)],
    /// (source, target) pairs that must not appear.
    not: &'static [(&'static str, &'static str)],
}

const CASES: &[Case] = &[
    Case {
        // An unseen name after "to" is no verb; a planned trip is intended.
        text: "Chinese President Xi Jinping will travel to Moscow next week for talks with Vladimir Putin, the Kremlin said.",
        want: &[("CHNGOV", "RUSGOV", "036", "intended")],
        not: &[],
    },
    Case {
        // Receiving an official is hosting them.
        text: "Saudi Arabia's crown prince received U.S. Secretary of State Antony Blinken in Riyadh on Monday.",
        want: &[("SAUGOV", "USAGOV", "043", "asserted")],
        not: &[],
    },
    Case {
        // What two parties agree with each other, both intend.
        text: "Iranian Foreign Minister Hossein Amir-Abdollahian visited Islamabad on Monday and agreed with his Pakistani counterpart Jalil Abbas Jilani to post liaison officers in each other's countries.",
        want: &[
            ("IRNGOV", "PAKGOV", "03", "intended"),
            ("PAKGOV", "IRNGOV", "03", "intended"),
        ],
        not: &[],
    },
    Case {
        // A name's own "of" phrase, and what is coordinated with it.
        text: "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement in Washington on Friday.",
        want: &[
            ("CODGOV", "RWAGOV", "057", "asserted"),
            ("RWAGOV", "CODGOV", "057", "asserted"),
        ],
        not: &[("CODGOV", "USAGOV"), ("COD", "USA")],
    },
    Case {
        // A phone call reported by one side runs both ways.
        text: "US President Donald Trump said he had held a lengthy phone call with Russian President Vladimir Putin on Wednesday.",
        want: &[("RUSGOV", "USAOPP", "04", "asserted")],
        not: &[],
    },
    Case {
        // A warning of what would happen is a threat to whom it is about
        // (Trump, out of office on the test date, is in the opposition).
        text: "U.S. President Donald Trump warned on Tuesday that any further threats from North Korea would be met with fire and fury.",
        want: &[("USAOPP", "PRK", "13", "asserted")],
        not: &[],
    },
    Case {
        text: "The UN warned that Sudan faces famine.",
        want: &[],
        not: &[("IGOUNO", "SDN")],
    },
    Case {
        // A possessor under a modifier of the head is the phrase's.
        text: "Russia's defence ministry blamed Ukraine for the attack.",
        want: &[("RUSMIL", "UKR", "11", "asserted")],
        not: &[],
    },
    Case {
        // A named leader killed is assassinated.
        text: "Israel killed Hezbollah leader Hassan Nasrallah in a massive air strike on the group's headquarters in Beirut's southern suburbs.",
        want: &[("ISR", "LBNRAD", "186", "asserted")],
        not: &[],
    },
    Case {
        // A pledge named to identify the goods ("the wheat it pledged")
        // refers back to an earlier pledge: no new one.
        text: "Russia has delivered only a fraction of the 2 million tons of wheat it pledged, an Afghan official said.",
        want: &[("RUS", "AFGGOV", "061", "asserted")],
        not: &[],
    },
    Case {
        // Prisoner exchanges and joint exercises run both ways.
        text: "Russia and Ukraine completed their largest prisoner exchange of the war on Sunday.",
        want: &[("RUS", "UKR", "08", "asserted"), ("UKR", "RUS", "08", "asserted")],
        not: &[],
    },
    Case {
        text: "American and Philippine troops began their largest annual joint military exercises on Monday.",
        want: &[
            ("USAMIL", "PHLMIL", "06", "asserted"),
            ("PHLMIL", "USAMIL", "06", "asserted"),
        ],
        not: &[],
    },
    Case {
        // A quoted promise of help, by the speaker.
        text: "'We will help our Syrian brothers rebuild their roads, power plants and hospitals,' Turkish President Tayyip Erdogan said on Friday.",
        want: &[("TURGOV", "SYR", "03", "intended")],
        not: &[],
    },
    Case {
        // The source of a report is not the target of the act reported.
        text: "North Korea fired several short-range ballistic missiles into the sea off its east coast on Wednesday, according to South Korea's Joint Chiefs of Staff.",
        want: &[],
        not: &[("PRK", "KOR"), ("PRK", "KORMIL")],
    },
    Case {
        // Helping is aid only to someone named.
        text: "The French military in Rwanda helped to plan and carry out the killings, the report alleged.",
        want: &[],
        not: &[("FRAMIL", "RWA"), ("FRA", "RWA")],
    },
    Case {
        // A negated readiness is a refusal.
        text: "Russia is not ready to recognise the Taliban as Afghanistan's legitimate government for now, Kremlin envoy Zamir Kabulov said on Wednesday.",
        want: &[("RUS", "AFGGOV", "12", "asserted")],
        not: &[],
    },
    Case {
        // Free goods are aid, to every country listed.
        text: "Russia has delivered 25,000 tonnes of free wheat each to Somalia and Burkina Faso, Agriculture Minister Dmitry Patrushev said on Friday.",
        want: &[("RUS", "SOM", "07", "asserted"), ("RUS", "BFA", "07", "asserted")],
        not: &[],
    },
    Case {
        // Where an agreement is signed is not whom it is signed with.
        text: "The Ethiopian government and Tigrayan forces signed an agreement in Pretoria on Wednesday to permanently cease hostilities.",
        want: &[],
        not: &[("ETHGOV", "ZAF"), ("ETH", "ZAF")],
    },
    Case {
        // Attending a summit somewhere is going there.
        text: "Obama is scheduled to attend a summit in Switzerland on the unrest in Iran.",
        want: &[("USAELI", "CHE", "036", "intended")],
        not: &[],
    },
    Case {
        // A state arrests its own people; a region is no place.
        text: "Belarus diverted a Ryanair passenger jet to Minsk on Sunday with a fighter escort and arrested opposition journalist Roman Protasevich, who was on board, prompting outrage across Europe.",
        want: &[("BLR", "BLROPP", "17", "asserted")],
        not: &[],
    },
    Case {
        // A verbless sentence's "-ed" word after a noun is its predicate; a
        // preposition is no clause marker; a count of people takes the
        // place's country, and a march through a place targets it.
        text: "Hundreds of thousands of people marched through Hong Kong on Sunday to demand the withdrawal of an extradition bill.",
        want: &[("HKGCVL", "HKG", "14", "asserted")],
        not: &[],
    },
    Case {
        text: "Protesters in Shanghai chanted slogans against the government late on Saturday.",
        want: &[("CHNCVL", "CHNGOV", "14", "asserted")],
        not: &[],
    },
    Case {
        // Killed in a clash with someone: they are the source.
        text: "Twenty Indian soldiers were killed in a clash with Chinese troops in the disputed Galwan Valley, the Indian army said on Tuesday.",
        want: &[("CHNMIL", "INDMIL", "19", "asserted")],
        not: &[],
    },
    Case {
        // A disaster is nobody's act, and the reporters do not become its
        // authors; two countries make no one place.
        text: "Cyclone Freddy has killed more than 400 people in Malawi and Mozambique since it made landfall, officials said on Thursday.",
        want: &[],
        not: &[("MWIGOV", "MWICVL"), ("MWIGOV", "MOZCVL"), ("MWI", "MOZ")],
    },
    Case {
        // A conjoined passive shares its first conjunct's subject, and the
        // agent misread as a noun's modifier goes back to the verb.
        text: "Chinese President Xi Jinping arrived in Belgrade on Tuesday and was welcomed at the airport by Serbian President Aleksandar Vucic.",
        want: &[
            ("CHNGOV", "SRBGOV", "042", "asserted"),
            ("SRBGOV", "CHNGOV", "04", "asserted"),
        ],
        not: &[],
    },
    Case {
        // "after Kyiv refused": a subordinator misread as a preposition.
        text: "Russian gas stopped flowing to Europe through Ukraine on Wednesday after Kyiv refused to extend a transit agreement with Moscow.",
        want: &[("UKRGOV", "RUSGOV", "12", "asserted")],
        not: &[],
    },
    Case {
        // A relative clause misattached to the main verb goes to its noun.
        text: "Turkish President Tayyip Erdogan agreed on Tuesday to release more water into the Tigris at the request of Iraqi Prime Minister Mohammed Shia al-Sudani, who was visiting Ankara.",
        want: &[("IRQGOV", "TURGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // Naming an act as wrong criticises its author; "what X called" is
        // no appeal.
        text: "Iran fired more than a dozen ballistic missiles at U.S. forces in Iraq early on Wednesday, in what Tehran called retaliation for the killing of Soleimani.",
        want: &[("IRN", "USAMIL", "19", "asserted")],
        not: &[("IRNGOV", "IRNELI"), ("IRN", "IRQ")],
    },
    Case {
        // A fronted "after" phrase is split off; two titled leaders signing
        // sign with each other.
        text: "After talks in Baghdad on Monday, Turkish President Tayyip Erdogan and Iraqi Prime Minister Mohammed Shia al-Sudani signed 26 memorandums of understanding on water and energy.",
        want: &[
            ("TURGOV", "IRQGOV", "05", "asserted"),
            ("IRQGOV", "TURGOV", "05", "asserted"),
        ],
        not: &[],
    },
    Case {
        // An infinitive read as a noun with an object is a verb; what two
        // sides agree to do is intended, both ways.
        text: "Russian and Ukrainian delegations held talks in Istanbul on Friday and agreed to exchange 1,000 prisoners of war each.",
        want: &[
            ("RUSGOV", "UKRGOV", "03", "intended"),
            ("UKRGOV", "RUSGOV", "03", "intended"),
        ],
        not: &[],
    },
    Case {
        // A verb conjoined to an intended act is intended too.
        text: "Nigeria and the United Arab Emirates agreed on Monday to resume flights between the two countries and lift a visa ban on Nigerian travellers.",
        want: &[("ARE", "NGA", "03", "intended")],
        not: &[],
    },
    Case {
        // Meeting someone runs both ways.
        text: "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Tianjin on Sunday.",
        want: &[
            ("INDGOV", "CHNGOV", "04", "asserted"),
            ("CHNGOV", "INDGOV", "04", "asserted"),
        ],
        not: &[],
    },
    Case {
        // A listed subject: every state in the list acts.
        text: "The United States, Britain and France carried out air and missile strikes on three Syrian chemical weapons facilities before dawn on Saturday, the Pentagon said.",
        want: &[
            ("USA", "SYR", "19", "asserted"),
            ("GBR", "SYR", "19", "asserted"),
            ("FRA", "SYR", "19", "asserted"),
        ],
        not: &[],
    },
    Case {
        // People named without a country are the country of the place;
        // not so their attackers.
        text: "Boko Haram fighters killed at least 43 rice farmers near the northeastern Nigerian city of Maiduguri on Saturday.",
        want: &[("NGAREB", "NGAAGR", "180", "asserted")],
        not: &[],
    },
    Case {
        text: "Several drones struck residential buildings in Moscow early on Tuesday.",
        want: &[],
        not: &[("RUSMIL", "RUS"), ("RUS", "RUS")],
    },
    Case {
        // A subject does not satisfy a pattern's words ("capture fighter"):
        // taking a town is occupying territory.
        text: "Taliban fighters captured Zaranj, the capital of Nimroz province, on Friday.",
        want: &[],
        not: &[("AFGREB", "AFG")],
    },
    Case {
        // Massing troops near a place is aimed at it; "troops" matches the
        // singular pattern word.
        text: "Serbia has massed troops along its border with Kosovo.",
        want: &[("SRB", "KSV", "15", "asserted")],
        not: &[],
    },
    Case {
        text: "The United States has paused all military aid to Ukraine, a White House official said on Monday.",
        want: &[("USA", "UKR", "1622", "asserted")],
        not: &[],
    },
    Case {
        // A diplomat ordered out is an individual expelled (174).
        text: "Congo ordered Rwanda's ambassador to leave the country on Saturday.",
        want: &[("COD", "RWAGOV", "174", "asserted")],
        not: &[],
    },
    Case {
        // A reduced relative read as the predicate ("released ... alleged"),
        // and an accusation's target is the subject of what it alleges; a
        // capital named by its state is where the report comes from.
        text: "A 500-page report released Tuesday in the Rwandan capital alleged that France was aware of preparations for the genocide.",
        want: &[("RWA", "FRA", "112", "asserted")],
        not: &[],
    },
    Case {
        // Assurances received are given by whom they come from.
        text: "Georgian demonstrators received assurances from the Georgian government.",
        want: &[("GEOGOV", "GEOCVL", "03", "asserted")],
        not: &[("GEOCVL", "GEOGOV")],
    },
    Case {
        // A count of people is its people: the actor is in the "of" phrase.
        text: "Hundreds of UN peacekeepers withdrew from Syria on Monday.",
        want: &[("IGOUNOPKO", "SYR", "087", "asserted")],
        not: &[],
    },
    Case {
        // Meeting with someone runs both ways; a refusal to meet does not.
        text: "Lavrov met with Wang Yi in Beijing on Monday.",
        want: &[
            ("RUSGOV", "CHNGOV", "04", "asserted"),
            ("CHNGOV", "RUSGOV", "04", "asserted"),
        ],
        not: &[],
    },
    Case {
        text: "Putin refused to meet with Zelensky.",
        want: &[("RUSGOV", "UKRGOV", "125", "asserted")],
        not: &[("UKRGOV", "RUSGOV")],
    },
    Case {
        // A sentence parsed as a bare noun phrase with a participle is a
        // clause; clashing with someone runs both ways.
        text: "Indian troops clashed with Chinese soldiers in Ladakh.",
        want: &[
            ("INDMIL", "CHNMIL", "19", "asserted"),
            ("CHNMIL", "INDMIL", "19", "asserted"),
        ],
        not: &[],
    },
    Case {
        // Counted demonyms are civilians, so a domestic protest survives the
        // same-state rule; "against" is no agent phrase.
        text: "Thousands of Serbs protested against the government in Belgrade on Saturday.",
        want: &[("SRBCVL", "SRBGOV", "14", "asserted")],
        not: &[],
    },
    Case {
        text: "Israeli troops killed three Palestinians in Jenin.",
        want: &[("ISRMIL", "PSECVL", "19", "asserted")],
        not: &[],
    },
    Case {
        // Politics around a game is kept; the place of a protest is its target.
        text: "US and British activists staged a protest in Beijing before the Olympics.",
        want: &[
            ("USACVL", "CHNGOV", "14", "asserted"),
            ("GBRCVL", "CHNGOV", "14", "asserted"),
        ],
        not: &[("USACVL", "GBRCVL")],
    },
    Case {
        // An agentless passive: the origin is the source, and the pronoun
        // the act is aimed at is the reporter.
        text: "Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday.",
        want: &[("PSE", "ISR", "19", "asserted")],
        not: &[("ISR", "PSE")],
    },
    Case {
        // "to Afghanistan" parsed inside the "from" phrase.
        text: "Aid was sent from Russia to Afghanistan.",
        want: &[("RUS", "AFG", "07", "asserted")],
        not: &[("AFG", "RUS")],
    },
    Case {
        // What is discussed is a topic, not a party; the purpose clause of a
        // planned meeting is planned too.
        text: "Lavrov will meet Blinken in Geneva to discuss Syria.",
        want: &[("RUSGOV", "USAGOV", "036", "intended")],
        not: &[("RUSGOV", "SYR"), ("USAGOV", "SYR"), ("RUSGOV", "CHE")],
    },
    Case {
        text: "Lavrov discussed Ukraine with Blinken.",
        want: &[("RUSGOV", "USAGOV", "04", "asserted")],
        not: &[("RUSGOV", "UKR")],
    },
    Case {
        // Saying no to cooperation is a rejection (CAMEO 12), asserted.
        text: "Russia said it would not lift sanctions on Georgia.",
        want: &[("RUS", "GEO", "1244", "asserted")],
        not: &[],
    },
    Case {
        text: "Russia declined to meet Ukrainian negotiators.",
        want: &[("RUS", "UKRGOV", "125", "asserted")],
        not: &[],
    },
    Case {
        // A negated past is no rejection, only an act that did not happen.
        text: "Russia did not deliver the promised wheat to Afghanistan.",
        want: &[("RUS", "AFG", "06", "negated")],
        not: &[],
    },
    Case {
        // The noun a past participle modifies is the participle's patient.
        text: "Moscow buried the Russian soldiers killed by Ukrainian troops.",
        want: &[("UKRMIL", "RUSMIL", "19", "asserted")],
        not: &[("RUSMIL", "UKRMIL")],
    },
    Case {
        // A subject that names no actor is its issuer's.
        text: "A statement from the Kremlin accused Ukraine of shelling the plant.",
        want: &[("RUSGOV", "UKR", "112", "asserted")],
        not: &[],
    },
    Case {
        text: "A report by Amnesty International accused Russia of war crimes.",
        want: &[("NGOAMN", "RUS", "112", "asserted")],
        not: &[],
    },
    Case {
        // A trailing attribution: the reporter is not part of the reported
        // clause.
        text: "Israeli warplanes struck Hezbollah targets in southern Lebanon overnight, the Israeli military said.",
        want: &[("ISRMIL", "LBNRAD", "19", "asserted")],
        not: &[("ISRMIL", "ISRMIL")],
    },
    Case {
        text: "Germany will send two more air defence systems to Ukraine, Defence Minister Boris Pistorius said on Monday.",
        want: &[("DEU", "UKR", "033", "intended")],
        not: &[("DEU", "DEUMIL"), ("DEU", "DEUGOV")],
    },
    Case {
        // A year inside a relative clause dates that clause, not the main
        // event, so the Taliban of 2023 are Afghanistan's government.
        text: "Russia's Supreme Court lifted the ban on the Taliban, which had been designated a terrorist organisation in 2003.",
        want: &[("RUSJUD", "AFGGOV", "081", "asserted")],
        not: &[("RUS", "AFGREB"), ("RUSJUD", "AFGREB")],
    },
    Case {
        // Two subjects of a reciprocal verb: a place mentioned in passing is
        // no target.
        text: "Iran and Afghanistan clashed on their border over water rights from the Helmand River.",
        want: &[("IRN", "AFG", "19", "asserted"), ("AFG", "IRN", "19", "asserted")],
        not: &[],
    },
    Case {
        // Whom an appeal calls on does the infinitive, which is not done.
        text: "The United States urged Israel to allow aid into Gaza.",
        want: &[("USA", "ISR", "02", "asserted"), ("ISR", "PSE", "08", "hypothetical")],
        not: &[("USA", "PSE")],
    },
    Case {
        text: "The Security Council called on the Taliban to protect foreign diplomats.",
        want: &[("IGOUNOSEC", "AFGGOV", "02", "asserted")],
        not: &[("AFGGOV", "IGOUNOSEC")],
    },
    Case {
        // "since 2021" starts a span; the event is dated by the document.
        text: "Uzbekistan and Kazakhstan have stepped up trade with the Taliban since 2021.",
        want: &[("UZB", "AFGGOV", "061", "asserted"), ("KAZ", "AFGGOV", "061", "asserted")],
        not: &[("UZB", "AFGREB")],
    },
    Case {
        // An open complement shares its governor's status.
        text: "Russia will try to sign a deal with Ukraine.",
        want: &[("RUS", "UKR", "03", "intended")],
        not: &[],
    },
    Case {
        // A group's name keeps its capitals: "a strict Islamic state" is not
        // the Islamic State.
        text: "Boko Haram has launched many attacks during its campaign for a strict Islamic state in northeastern Nigeria.",
        want: &[],
        not: &[("NGAREB", "IMGREB")],
    },
    Case {
        // Cooperation between two subjects is mutual; "under EU mediation"
        // says how, not with whom.
        text: "Serbia and Kosovo agreed to resume talks under EU mediation.",
        want: &[("SRB", "KSV", "03", "intended"), ("KSV", "SRB", "03", "intended")],
        not: &[("SRB", "IGOEUREEC"), ("KSV", "IGOEUREEC")],
    },
    Case {
        text: "Britain announced new sanctions against Russian oligarchs on Thursday.",
        want: &[("GBR", "RUSELI", "163", "asserted")],
        not: &[],
    },
    Case {
        // Near a border is where, not whom.
        text: "Pakistani security forces killed six militants in a raid near the Afghan border.",
        want: &[],
        not: &[("PAKCOP", "AFG")],
    },
    Case {
        // Trading accusations is mutual; the migrants' country is mentioned
        // in passing.
        text: "Tehran and Kabul traded accusations over the deaths of Afghan migrants at the border.",
        want: &[("IRNGOV", "AFGGOV", "112", "asserted"), ("AFGGOV", "IRNGOV", "112", "asserted")],
        not: &[("IRNGOV", "AFG")],
    },
    Case {
        // Received goods named by their origin are the origin's delivery.
        text: "Afghanistan received 40,000 tonnes of Russian wheat in the first quarter, customs data showed.",
        want: &[("RUS", "AFG", "061", "asserted")],
        not: &[("AFG", "RUS")],
    },
    Case {
        // A fronted phrase is not part of the subject.
        text: "Amid rising tensions, Azerbaijan and Armenia held border talks in Brussels on Thursday.",
        want: &[("AZE", "ARM", "04", "asserted"), ("ARM", "AZE", "04", "asserted")],
        not: &[("AZE", "BELGOV"), ("ARM", "BELGOV")],
    },
    Case {
        // A demand is made of the subject of what is demanded, which has
        // not happened.
        text: "The United States demanded that Russia withdraw its troops from Ukraine.",
        want: &[("USA", "RUS", "10", "asserted"), ("RUS", "UKR", "087", "hypothetical")],
        not: &[],
    },
    Case {
        text: "The UN General Assembly adopted a resolution demanding that Russia withdraw its troops from Ukraine.",
        want: &[("RUS", "UKR", "087", "hypothetical")],
        not: &[],
    },
    Case {
        // A relative clause between subject and verb.
        text: "Iran, which has close ties with the Taliban, reopened its embassy in Kabul.",
        want: &[("IRN", "AFGGOV", "05", "asserted")],
        not: &[],
    },
    Case {
        // Mediators mediate between the parties, not with each other.
        text: "Egypt and Qatar brokered a ceasefire between Israel and Hamas.",
        want: &[
            ("EGY", "ISR", "045", "asserted"),
            ("EGY", "PSERAD", "045", "asserted"),
            ("QAT", "ISR", "045", "asserted"),
            ("QAT", "PSERAD", "045", "asserted"),
        ],
        not: &[("EGY", "QAT"), ("QAT", "EGY")],
    },
    Case {
        // Whom one warns against an act would do it; it has not happened.
        text: "The United States warned China against providing weapons to Russia.",
        want: &[("USA", "CHN", "13", "asserted"), ("CHN", "RUS", "07", "hypothetical")],
        not: &[("USA", "RUS")],
    },
    Case {
        // An attack named by its author is the passive's agent.
        text: "Two Palestinians were killed in an Israeli air strike on Rafah, medics said.",
        want: &[("ISR", "PSECVL", "19", "asserted")],
        not: &[],
    },
    Case {
        // What a plane carries is delivered where it lands.
        text: "A Russian plane carrying 30 tonnes of humanitarian aid landed in Kabul on Sunday.",
        want: &[("RUS", "AFG", "07", "asserted")],
        not: &[],
    },
    Case {
        // The game itself is not an event.
        text: "Brazil beat Argentina in the final of the Olympic Games on Sunday.",
        want: &[],
        not: &[("BRA", "ARG"), ("ARG", "BRA")],
    },
    Case {
        text: "Afghanistan received 36 tonnes of humanitarian aid from Russia on Thursday.",
        want: &[("RUS", "AFG", "07", "asserted")],
        not: &[("AFG", "RUS")],
    },
    Case {
        text: "Kabul has received 100,000 tons of wheat from Moscow, officials said.",
        want: &[("RUSGOV", "AFGGOV", "06", "asserted")],
        not: &[("AFGGOV", "RUSGOV")],
    },
    Case {
        text: "Georgian demonstrators received weapons from the Georgian government.",
        want: &[("GEOGOV", "GEOCVL", "07", "asserted")],
        not: &[],
    },
    Case {
        // A receiving verb with its own pattern stays the receiver's act
        // (hosting, not a gift received); the delegation visits (042).
        text: "Afghanistan received a Russian delegation in Kabul on Monday.",
        want: &[("AFG", "RUSGOV", "043", "asserted"), ("RUSGOV", "AFG", "042", "asserted")],
        not: &[],
    },
    Case {
        // In 2023 Obama is a former president: USAELI.
        text: "Obama wants Putin to attack Switzerland.",
        want: &[("USAELI", "RUSGOV", "02", "asserted")],
        not: &[("USAELI", "CHE"), ("RUSGOV", "CHE")],
    },
    Case {
        text: "Russia wants to expand trade with Afghanistan.",
        want: &[("RUS", "AFG", "03", "intended")],
        not: &[],
    },
    Case {
        text: "The United States launched an air strike against Iraq on Monday.",
        want: &[("USA", "IRQ", "19", "asserted")],
        not: &[],
    },
    Case {
        text: "Russia did not meet the Taliban delegation.",
        want: &[("RUS", "AFGGOV", "04", "negated")],
        not: &[],
    },
    Case {
        // Roles are judged on the event's date, not the document's (2023).
        text: "President Bill Clinton visited Moscow in 1998.",
        want: &[("USAGOV", "RUSGOV", "04", "asserted")],
        not: &[],
    },
    Case {
        text: "Evidence against Russia was presented by the US.",
        want: &[("USA", "RUS", "11", "asserted")],
        not: &[("USA", "USA")],
    },
    Case {
        // A place modifier does not add a second source when the phrase names one.
        text: "The US commander in Iraq held talks with Lebanese officials in Beirut on Wednesday.",
        want: &[("USAMIL", "LBNGOV", "04", "asserted")],
        not: &[("IRQMIL", "LBNGOV")],
    },
    Case {
        text: "A court in Guyana has issued arrest warrants for two Brazilian men.",
        want: &[("GUYJUD", "BRA", "17", "asserted")],
        not: &[],
    },
    Case {
        text: "Four children were killed in Israeli tank shelling in the east of the Gaza Strip on Friday.",
        want: &[("ISR", "PSE", "19", "asserted")],
        not: &[],
    },
    Case {
        text: "Afghanistan imported 200,000 tons of wheat from Kazakhstan last year.",
        want: &[("KAZ", "AFG", "06", "asserted")],
        not: &[("AFG", "KAZ")],
    },
    Case {
        text: "Russia removed the Taliban from its list of terrorist organisations in April 2025.",
        want: &[("RUS", "AFGGOV", "081", "asserted")],
        not: &[],
    },
    Case {
        // Title + surname resolves to the one person in that role on the date.
        text: "President Bush visited Beijing in August 2008.",
        want: &[("USAGOV", "CHNGOV", "04", "asserted")],
        not: &[],
    },
    Case {
        // A surname alone, after the full name earlier in the document.
        text: "Deputy Prime Minister Alexander Novak gave an interview on Monday. Novak met Taliban officials on Tuesday.",
        want: &[("RUSGOV", "AFGGOV", "04", "asserted")],
        not: &[],
    },
    Case {
        text: "Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.",
        want: &[("SAU", "IRN", "03", "intended"), ("IRN", "SAU", "03", "intended")],
        not: &[("SAU", "CHN"), ("IRN", "CHN")],
    },
    Case {
        text: "Ukrainian President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in Istanbul on Friday.",
        want: &[("UKRGOV", "TURGOV", "04", "asserted")],
        not: &[("UKRGOV", "TUR")],
    },
    Case {
        text: "The Russian parliament passed a law that allows Russia to remove the Taliban from its list of terrorist groups.",
        want: &[("RUS", "AFGGOV", "081", "hypothetical")],
        not: &[],
    },
    Case {
        text: "China urged the Taliban to release the detained journalists.",
        want: &[("CHN", "AFGGOV", "02", "asserted")],
        not: &[],
    },
    Case {
        text: "The Taliban condemned the attack and offered condolences to Russia.",
        want: &[("AFGGOV", "RUS", "018", "asserted")],
        not: &[],
    },
    Case {
        text: "Iran accused Israel of carrying out the attack on the embassy.",
        want: &[("IRN", "ISR", "112", "asserted")],
        not: &[],
    },
    Case {
        text: "The United States imposed sanctions on three Chinese companies for supplying Russia with drone parts.",
        want: &[("USA", "CHNBUS", "163", "asserted")],
        not: &[("USA", "RUS")],
    },
    Case {
        text: "Azerbaijan and Armenia held peace talks in Washington.",
        want: &[("AZE", "ARM", "04", "asserted"), ("ARM", "AZE", "04", "asserted")],
        not: &[("AZE", "USAGOV"), ("ARM", "USAGOV")],
    },
    Case {
        text: "The first shipment of Russian wheat arrived in Kabul on Sunday.",
        want: &[("RUS", "AFG", "06", "asserted")],
        not: &[],
    },
    Case {
        // Refusing recognition is a rejection, not a recognition that did
        // not happen.
        text: "Moscow refused to recognise the Taliban government.",
        want: &[("RUSGOV", "AFGGOV", "120", "asserted")],
        not: &[],
    },
    Case {
        // A bare noun phrase after a participle without a passive auxiliary is its
        // object, not its agent (and the trailing "in what … described as" no root;
        // Bazoum, deposed on 26 July 2023, is in the opposition on the test date).
        text: "Members of Niger's presidential guard detained President Mohamed Bazoum inside his palace in Niamey on Wednesday, in what the presidency described as an \"anti-republican\" outburst.",
        want: &[("NERMIL", "NEROPP", "173", "asserted")],
        not: &[],
    },
    Case {
        // The subject of a ranked predicate noun does its infinitive.
        text: "Russia on Thursday became the first country to formally recognise the Taliban government of Afghanistan, the foreign ministry in Moscow said in a statement.",
        want: &[("RUS", "AFGGOV", "054", "asserted")],
        not: &[],
    },
    Case {
        // Goods received that someone promised come from the one who promised them
        // (and a reporter's tail may end in a participle).
        text: "Ukraine has not yet received any of the 31 Abrams tanks pledged by Washington in January, President Volodymyr Zelensky said in an interview published on Tuesday.",
        want: &[("USAGOV", "UKR", "072", "negated")],
        not: &[],
    },
    Case {
        // The same with a loan, and with a relative clause without a pronoun.
        text: "Kenya has not yet received a $1.5 billion loan promised by the United Arab Emirates in February, Treasury officials told lawmakers on Thursday.",
        want: &[("ARE", "KEN", "071", "negated")],
        not: &[],
    },
    Case {
        // A relative clause without a pronoun, its subject a name.
        text: "Afghanistan has received only half of the wheat Russia pledged last year, officials said.",
        want: &[("RUS", "AFG", "06", "asserted")],
        not: &[],
    },
    Case {
        // Money received is economic aid.
        text: "Egypt received $5 billion from the United Arab Emirates on Friday, Prime Minister Mostafa Madbouly said.",
        want: &[("ARE", "EGY", "071", "asserted")],
        not: &[],
    },
    Case {
        // A delivery short of a promise goes to whom it was promised.
        text: "The European Union has so far delivered about 300,000 of the 1 million artillery shells it promised Ukraine by March, EU foreign policy chief Josep Borrell acknowledged on Tuesday.",
        want: &[("IGOEUREEC", "UKR", "072", "asserted")],
        not: &[],
    },
    Case {
        // A demonym read as a subject of its own modifies the noun after it; a state's
        // police firing on its own protesters is repression.
        text: "Kenyan police opened fire on protesters who stormed parliament in Nairobi on Tuesday.",
        want: &[("KENCOP", "KENCVL", "175", "asserted")],
        not: &[],
    },
    Case {
        // The same when the protesters are the object of a shooting.
        text: "Security forces in Myanmar shot dead at least 114 protesters on Saturday, the bloodiest day since the coup.",
        want: &[("MMRCOP", "MMRCVL", "175", "asserted")],
        not: &[],
    },
    Case {
        // Another state's protesters are not repressed: they are fired on.
        text: "Israeli troops opened fire on Palestinian protesters near the Gaza border fence.",
        want: &[("ISRMIL", "PSECVL", "19", "asserted")],
        not: &[],
    },
    Case {
        // Where a signing took place is no party, however deep the phrase.
        text: "The foreign ministers of Egypt and Ethiopia signed a declaration of principles in Khartoum on Monday.",
        want: &[("EGYGOV", "ETHGOV", "057", "asserted"), ("ETHGOV", "EGYGOV", "057", "asserted")],
        not: &[("EGYGOV", "SDNGOV"), ("EGY", "SDN")],
    },
    Case {
        // A place a noun is about stays a party ("a ceasefire in Gaza").
        text: "Israeli Prime Minister Benjamin Netanyahu rejected calls for a ceasefire in Gaza on Monday.",
        want: &[("ISRGOV", "PSE", "12", "asserted")],
        not: &[],
    },
    Case {
        // People files: a leader named without a country (Colombia; out of
        // office on the test date).
        text: "President Ivan Duque asked Cuba on Friday to hand over the rebel negotiators living in Havana.",
        want: &[("COLOPP", "CUB", "02", "asserted")],
        not: &[],
    },
    Case {
        // A coordinated name read as a conjunct of its own demonym; two parties as
        // subjects of a signing are its parties, and a topic ("on civilian nuclear
        // energy", "at the Kremlin") is none.
        text: "Malian junta leader Assimi Goita and Russian President Vladimir Putin signed agreements on civilian nuclear energy and geological exploration at the Kremlin on Monday.",
        want: &[("MLIGOV", "RUSGOV", "057", "asserted"), ("RUSGOV", "MLIGOV", "057", "asserted")],
        not: &[("MLIGOV", "RUSCVL")],
    },
    Case {
        // A conjunct hung from a part of a hyphenated name.
        text: "Kassym-Jomart Tokayev and Vladimir Putin signed a declaration at the Kremlin on Wednesday raising relations between Kazakhstan and Russia to a strategic partnership.",
        want: &[("KAZGOV", "RUSGOV", "057", "asserted"), ("RUSGOV", "KAZGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // Every conjunct hangs from the first.
        text: "Greek Prime Minister Kyriakos Mitsotakis and Turkish President Tayyip Erdogan signed a declaration on friendly relations in Athens on Thursday.",
        want: &[("GRCGOV", "TURGOV", "057", "asserted"), ("TURGOV", "GRCGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // Giving diplomats hours to leave expels them (both objects count).
        text: "Saudi Arabia cut diplomatic ties with Iran on Sunday and gave Iranian diplomats 48 hours to leave the kingdom.",
        want: &[("SAU", "IRN", "161", "asserted"), ("SAU", "IRNGOV", "174", "asserted")],
        not: &[],
    },
    Case {
        // Crowds storming and torching a consulate riot (145); the coordinated
        // verbs after the subject are the predicate, not a noun's modifier.
        text: "Iraqi protesters stormed and torched the Iranian consulate in the southern holy city of Najaf late on Wednesday, police said.",
        want: &[("IRQCVL", "IRNGOV", "145", "asserted")],
        not: &[],
    },
    Case {
        // Supporters of a side are its public.
        text: "Thousands of supporters of Niger's junta attacked the French embassy in Niamey on Sunday.",
        want: &[("NERCVL", "FRAGOV", "145", "asserted")],
        not: &[],
    },
    Case {
        // Capturing a person is taking them into custody.
        text: "U.S. special forces captured Nicolas Maduro in a pre-dawn raid on Caracas on Saturday.",
        want: &[("USAMIL", "VENGOV", "173", "asserted")],
        not: &[],
    },
    Case {
        // Goods announced are promised: an intent to give them to whom they are for.
        text: "India announced a $4.5 billion line of credit for Bangladesh on Saturday.",
        want: &[("IND", "BGD", "0331", "intended")],
        not: &[],
    },
    Case {
        // Not ruling out force threatens it.
        text: "President Donald Trump said on Friday he would not rule out a military option to deal with the crisis in Venezuela.",
        want: &[("USAOPP", "VEN", "138", "asserted")],
        not: &[],
    },
    Case {
        // A name after the conjoined noun it names is its apposition; exchanging
        // instruments of ratification is a mutual signing.
        text: "Indian Prime Minister Narendra Modi and his Bangladeshi counterpart Sheikh Hasina exchanged instruments of ratification of a 1974 land boundary agreement in Dhaka on Saturday.",
        want: &[("INDGOV", "BGDGOV", "057", "asserted"), ("BGDGOV", "INDGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // Coordinated demonyms opening a joint exercise cooperate militarily both ways.
        text: "Chinese and Pakistani troops opened a joint counter-terrorism exercise in China's Xinjiang region on Monday.",
        want: &[("CHNMIL", "PAKMIL", "062", "asserted"), ("PAKMIL", "CHNMIL", "062", "asserted")],
        not: &[],
    },
    Case {
        // "The two leaders" are the two parties named before them.
        text: "Chinese President Xi Jinping met Zambian President Hakainde Hichilema in Beijing on Friday, and the two leaders agreed to raise relations to a comprehensive strategic partnership.",
        want: &[("CHNGOV", "ZMBGOV", "040", "asserted"), ("CHNGOV", "ZMBGOV", "030", "intended"), ("ZMBGOV", "CHNGOV", "030", "intended")],
        not: &[("CHNGOV", "CHNGOV")],
    },
    Case {
        // "Both sides" are the parties named before them.
        text: "The foreign ministers of Iran and Saudi Arabia held talks in Muscat on Saturday, and both sides agreed to meet again next week.",
        want: &[("IRNGOV", "SAUGOV", "036", "intended"), ("SAUGOV", "IRNGOV", "036", "intended")],
        not: &[("IRNGOV", "OMNGOV"), ("IRN", "OMN")],
    },
    Case {
        // "The two governments" after a visit and talks.
        text: "Iran's president arrived in Baghdad on Wednesday for talks with Iraq's prime minister, and the two governments signed 14 memorandums of understanding on trade and energy.",
        want: &[("IRNGOV", "IRQGOV", "05", "asserted"), ("IRQGOV", "IRNGOV", "05", "asserted")],
        not: &[],
    },
    Case {
        // Suspending a ban eases a sanction.
        text: "Russia's Supreme Court on Thursday suspended a ban on the Taliban that had been in force since 2003.",
        want: &[("RUSJUD", "AFGGOV", "081", "asserted")],
        not: &[],
    },
    Case {
        // Supplying a state with fuel is trade (061), the goods found through "with"
        // (a preposition hung from a number in the phrase goes to the phrase).
        text: "Russia supplied Afghanistan with about 1 million tonnes of petroleum products in the four months after the deal, according to Afghan figures.",
        want: &[("RUS", "AFG", "061", "asserted")],
        not: &[],
    },
    Case {
        // Launching an invasion is force; ordering a siege is a blockade.
        text: "Russia launched a full-scale invasion of Ukraine early on Thursday, and its defence minister ordered a complete siege of Mariupol.",
        want: &[("RUS", "UKR", "190", "asserted")],
        not: &[],
    },
    Case {
        // A state freeing prisoners without naming their country frees its own.
        text: "Belarus freed 14 prisoners, including opposition figure Sergei Tikhanovsky, on Saturday.",
        want: &[("BLR", "BLRCVL", "084", "asserted")],
        not: &[],
    },
    Case {
        // The same with "any of" and a negation.
        text: "Venezuela has not released any of the political prisoners it had pledged to free under the Barbados agreement, the U.S. State Department said on Friday.",
        want: &[("VEN", "VENCVL", "084", "negated")],
        not: &[],
    },
    Case {
        // A state's own reservists are not the target of its posture; a number
        // between two nouns does not make the first an object.
        text: "Israel has called up a record 300,000 reservists and massed troops near the Gaza Strip, the military said on Monday.",
        want: &[("ISR", "PSE", "15", "asserted")],
        not: &[("ISR", "PSEMIL")],
    },
    Case {
        // Saying another will pay threatens them; a second speech act conjoined
        // into the first one's complement is the speaker's.
        text: "Israeli Prime Minister Benjamin Netanyahu said Iran had made a big mistake and vowed that it would pay for the missile attack.",
        want: &[("ISRGOV", "IRN", "130", "asserted")],
        not: &[("IRN", "ISRGOV")],
    },
    Case {
        // What is exchanged is never a party, and prisoners are not from where
        // they are exchanged.
        text: "Russian and Ukrainian delegations held direct peace talks in Istanbul on Friday and agreed to exchange 1,000 prisoners of war each.",
        want: &[("RUSGOV", "UKRGOV", "03", "intended"), ("UKRGOV", "RUSGOV", "03", "intended")],
        not: &[("RUSGOV", "TURCVL"), ("UKRGOV", "TURCVL")],
    },
    Case {
        // An "-ing" form with no auxiliary is no predicate: the aircraft carrying aid
        // landed, and aid landing in a capital is delivered to its state.
        text: "A Qatari military aircraft carrying about 50 tonnes of tents, food and medical supplies landed in Kabul on Thursday for survivors of the earthquake, Qatar's foreign ministry said.",
        want: &[("QATMIL", "AFG", "073", "asserted")],
        not: &[],
    },
    Case {
        // A plane landing is no visit.
        text: "Three U.S. Air Force cargo planes landed in the Colombian border city of Cucuta on Saturday.",
        want: &[],
        not: &[("USAMIL", "COL"), ("USA", "COL")],
    },
    Case {
        // "has cut" is a perfect (the tagger's same-form participles, and the
        // repair of a perfect read as possession); cutting exports to a state
        // reduces cooperation with it.
        text: "Iran has cut gas exports to Iraq to about 8 million cubic metres a day over unpaid bills, Iraq's electricity ministry said on Saturday.",
        want: &[("IRN", "IRQ", "162", "asserted")],
        not: &[],
    },
    Case {
        // What a state says on a day is no relative clause of the day; nationals
        // deported are expelled.
        text: "Zambia's immigration department said on Tuesday it had deported 12 Chinese nationals found working illegally at a copper plant in Chambishi.",
        want: &[("ZMB", "CHN", "174", "asserted")],
        not: &[],
    },
    Case {
        // A ban on imports of a state's goods is an embargo on that state.
        text: "Kazakhstan has extended a ban on imports of Russian wheat by road and rail for another six months, the agriculture ministry said on Wednesday.",
        want: &[("KAZ", "RUS", "163", "asserted")],
        not: &[],
    },
    Case {
        // "ETH" alone is Ethiopia, not CAMEO's ethnic agent: Addis Ababa is its
        // government.
        text: "Egypt accused Addis Ababa on Tuesday of using the talks on the Nile dam as cover.",
        want: &[("EGY", "ETHGOV", "112", "asserted")],
        not: &[],
    },
    Case {
        // A possessive inside a dictionary name matches the split tokens of text
        // ("Tigray People 's Liberation Front"; a party on the test date).
        text: "Ethiopian Prime Minister Abiy Ahmed ordered a military offensive against the Tigray People's Liberation Front on Wednesday.",
        want: &[("ETHGOV", "ETHPTY", "19", "asserted")],
        not: &[],
    },
    Case {
        // Two subjects joined by "and" are one coordinated subject.
        text: "The United States and Britain carried out fresh air strikes on 36 Houthi targets in Yemen on Saturday, the Pentagon said.",
        want: &[("USA", "YEMREB", "19", "asserted"), ("GBR", "YEMREB", "19", "asserted")],
        not: &[],
    },
    Case {
        // A name split by a relative clause ("Wang" the root, "Yi arrived" a
        // clause on it) is one name, the verb's subject.
        text: "Chinese Foreign Minister Wang Yi arrived in Lome on Tuesday for a two-day visit to Togo.",
        want: &[("CHNGOV", "TGOGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // A visit named by a noun: during a visit, the clause's subject visits.
        text: "Anwar Ibrahim met Chinese President Xi Jinping on Tuesday during a visit to Beijing.",
        want: &[("MYSGOV", "CHNGOV", "042", "asserted"), ("MYSGOV", "CHNGOV", "040", "asserted")],
        not: &[],
    },
    Case {
        // A visit by someone named after it (the parser hangs "by" on the place).
        text: "Azerbaijan freed six Armenian soldiers on Monday after a visit to Baku by U.S. Secretary of State Antony Blinken.",
        want: &[("USAGOV", "AZEGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // A visit a verb's subject makes.
        text: "Kenyan President William Ruto began a state visit to Germany on Monday.",
        want: &[("KENGOV", "DEU", "042", "asserted")],
        not: &[],
    },
    Case {
        // Talks between two parties, both ways (the second read as a conjunct of the place).
        text: "Japan pledged new loans to Vietnam on Monday following talks in Hanoi between Fumio Kishida and his Vietnamese counterpart Pham Minh Chinh.",
        want: &[("JPNGOV", "VNMGOV", "040", "asserted"), ("VNMGOV", "JPNGOV", "040", "asserted")],
        not: &[],
    },
    Case {
        // Talks after which two subjects act were between them; "agreed to exchange" is a verb after "agreed to".
        text: "Armenia and Azerbaijan agreed to exchange prisoners after two days of talks in Washington.",
        want: &[("ARM", "AZE", "040", "asserted"), ("AZE", "ARM", "040", "asserted"), ("ARM", "AZE", "0353", "intended")],
        not: &[],
    },
    Case {
        // A deal's broker mediates between its parties.
        text: "Armenia and Azerbaijan signed a prisoner exchange deal brokered by the European Union.",
        want: &[("IGOEUREEC", "ARM", "045", "asserted"), ("IGOEUREEC", "AZE", "045", "asserted"), ("ARM", "AZE", "057", "asserted")],
        not: &[],
    },
    Case {
        // "U.S.-brokered": the word before the hyphen is the broker.
        text: "Ethiopia and Eritrea signed a U.S.-brokered peace agreement on Monday.",
        want: &[("USA", "ETH", "045", "asserted"), ("USA", "ERI", "045", "asserted")],
        not: &[],
    },
    Case {
        // "visiting" before a title names the visitor; the clause's subject is the host, who met him (040; sets f and k code the meeting). A hyphenated name matches. Telling him is no statement of its own.
        text: "Chinese Premier Li Qiang told visiting Kazakh President Kassym-Jomart Tokayev that China would buy more Kazakh wheat.",
        want: &[("KAZGOV", "CHNGOV", "042", "asserted"), ("CHNGOV", "KAZGOV", "040", "asserted")],
        not: &[],
    },
    Case {
        // A sentence that starts with "U.S." and holds a hyphen has no dateline.
        text: "U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida agreed to expand military-to-military ties.",
        want: &[("USAGOV", "JPNGOV", "03", "intended"), ("JPNGOV", "USAGOV", "03", "intended")],
        not: &[],
    },
    Case {
        // An object pronoun in a participle stands for the main clause's object.
        text: "Niger expelled three French diplomats on Thursday, accusing them of spying.",
        want: &[("NER", "FRAGOV", "112", "asserted")],
        not: &[],
    },
    Case {
        // Troops sent to help another state are military aid, to that state.
        text: "Rwanda deployed 1,000 troops to Mozambique to help the country's army fight insurgents.",
        want: &[("RWA", "MOZ", "074", "asserted")],
        not: &[],
    },
    Case {
        // Trading fire is mutual fighting.
        text: "Indian and Chinese troops traded fire along the disputed border on Friday.",
        want: &[("INDMIL", "CHNMIL", "193", "asserted"), ("CHNMIL", "INDMIL", "193", "asserted")],
        not: &[],
    },
    Case {
        // A vow to respond threatens the other party.
        text: "Russia expelled two Moldovan diplomats, and Chisinau vowed to respond.",
        want: &[("MDAGOV", "RUS", "130", "asserted")],
        not: &[],
    },
    Case {
        // Armed forces' aircraft that bomb use aerial weapons.
        text: "Thai fighter jets bombed Cambodian positions on Thursday.",
        want: &[("THAMIL", "KHM", "195", "asserted")],
        not: &[],
    },
    Case {
        // A body named after one state's but owned by another in the phrase is the other's.
        text: "Chile's Congress condemned Venezuela on Tuesday.",
        want: &[("CHLLEG", "VEN", "111", "asserted")],
        not: &[("USALEG", "VEN")],
    },
    Case {
        // A name read as the root is the subject of the verbs hung from it.
        text: "Indonesian President Joko Widodo, visiting Nairobi on Monday, pledged support for Kenya's health sector.",
        want: &[("IDNGOV", "KENGOV", "042", "asserted"), ("IDNGOV", "KEN", "03", "asserted")],
        not: &[],
    },
    Case {
        // Force against a thing is not fighting each other.
        text: "The European Union and Tunisia signed a memorandum on Sunday to fight migrant smuggling.",
        want: &[("IGOEUREEC", "TUN", "057", "asserted")],
        not: &[],
    },
    Case {
        // An act named by a noun, by the "by" phrase to the "of" phrase; unnamed victims are the protesting state's people.
        text: "Bangladesh summoned India's acting high commissioner on Sunday to protest against the fatal shooting of a 14-year-old girl by Indian Border Security Force guards.",
        want: &[("INDCOP", "BGDCVL", "193", "asserted")],
        not: &[],
    },
    Case {
        // A "by" phrase hung on the verb still names the noun's doer.
        text: "Canada protested the detention of two Canadians by China.",
        want: &[("CHN", "CANCVL", "173", "asserted")],
        not: &[],
    },
    Case {
        // A reaction from someone is aimed at the clause's actor.
        text: "Israeli warplanes pounded Hezbollah targets in southern Lebanon on Saturday, drawing condemnation from Lebanese Prime Minister Najib Mikati.",
        want: &[("LBNGOV", "ISRMIL", "111", "asserted")],
        not: &[],
    },
    Case {
        // The host of a conference hosts those who take part.
        text: "A Taliban delegation took part in a conference on Afghanistan hosted by Russian Foreign Minister Sergei Lavrov in Moscow.",
        want: &[("RUSGOV", "AFGGOV", "043", "asserted")],
        not: &[],
    },
    Case {
        // Denouncing an act is aimed at whoever did it; two clauses' subjects hung on one verb: the nearer.
        text: "Turkish tanks rolled across the border into northern Syria on Wednesday, and Damascus denounced the incursion.",
        want: &[("SYRGOV", "TUR", "111", "asserted")],
        not: &[("TUR", "TUR")],
    },
    Case {
        // A subject the parser hung on the reporting verb before the reported clause is that clause's.
        text: "Iran has cut gas exports to Iraq by half, Iraq's electricity ministry said on Saturday.",
        want: &[("IRN", "IRQ", "16", "asserted")],
        not: &[],
    },
    Case {
        // A visit read as a name's apposition is the name's.
        text: "Vladimir Putin, on a state visit to Astana on Thursday, said Russia would help Kazakhstan build gas pipelines.",
        want: &[("RUSGOV", "KAZGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // A pronoun subject under a report, with no one named before, is the reporter.
        text: "Egypt said on Tuesday that talks with Ethiopia on the dam had ended in failure and that it would no longer negotiate, accusing Addis Ababa of using the talks as cover.",
        want: &[("EGY", "ETHGOV", "112", "asserted")],
        not: &[],
    },
    Case {
        // A regional description of a state named before it is that state, not the region.
        text: "The World Bank said on Wednesday it had approved 1 billion dollars in budget support for Kenya to help the East African country ease its debt burden.",
        want: &[("IGOUNOWBK", "KEN", "07", "asserted")],
        not: &[("IGOUNOWBK", "EAF")],
    },
    Case {
        // ... also when the adjective is a state's name ("Central African"), and only among the region's states ("the wealthy Gulf state" is Qatar, not Egypt).
        text: "Hungary's parliament approved the deployment of up to 200 soldiers to Chad to help the Central African country fight jihadists.",
        want: &[("HUNLEG", "TCD", "07", "asserted")],
        not: &[("HUNLEG", "CAF")],
    },
    Case {
        // A national adjective names its own state.
        text: "Russia attacked the Ukrainian state.",
        want: &[("RUS", "UKR", "190", "asserted")],
        not: &[],
    },
    Case {
        // Conjuncts of conjuncts are parties too.
        text: "Egypt, the United Arab Emirates and Turkey flew rescue teams and tonnes of relief supplies to eastern Libya on Wednesday.",
        want: &[("TUR", "LBY", "073", "asserted"), ("EGY", "LBY", "073", "asserted")],
        not: &[],
    },
    Case {
        // A conjunct with a role and no state shares the first conjunct's state, not the place's; "facilitated by" a third party is mediation between the talks' parties.
        text: "Two days of talks in Doha between Taliban envoys and about 60 Afghan politicians and activists, facilitated by Qatar, ended on Monday.",
        want: &[("QAT", "AFGPTY", "045", "asserted")],
        not: &[("AFGREB", "QATCVL"), ("QATCVL", "AFGREB")],
    },
    Case {
        // Talks a fronted phrase says were mediated belong to the main clause.
        text: "After talks in Doha mediated by Qatar, Afghanistan and Pakistan agreed to an immediate ceasefire on Sunday.",
        want: &[("QAT", "AFG", "045", "asserted"), ("QAT", "PAK", "045", "asserted")],
        not: &[],
    },
    Case {
        // A fronted gerund clause after a time word parses apart; its meeting is between the main clause's subjects.
        text: "After meeting on the sidelines of a summit in Cairo, Egyptian President Abdel Fattah al-Sisi and Ethiopian Prime Minister Abiy Ahmed agreed on Thursday to finalise a deal on the dam.",
        want: &[("EGYGOV", "ETHGOV", "040", "asserted"), ("ETHGOV", "EGYGOV", "03", "intended")],
        not: &[],
    },
    Case {
        // A reported clause that opens with a fronted phrase is split at both commas.
        text: "After talks in Doha mediated by Qatar, Afghanistan and Pakistan agreed to an immediate ceasefire, the Qatari foreign ministry said on Sunday.",
        want: &[("QAT", "AFG", "045", "asserted"), ("AFG", "PAK", "040", "asserted")],
        not: &[],
    },
    Case {
        // Verbs of moving goods give what the giving verbs' patterns name.
        text: "India on Friday handed over 20,000 tonnes of wheat to the Taliban administration through the Chabahar port.",
        want: &[("IND", "AFGGOV", "06", "asserted")],
        not: &[],
    },
    Case {
        // ... money moved is aid.
        text: "The United States transferred $300 million in military aid to Ukraine.",
        want: &[("USA", "UKR", "07", "asserted")],
        not: &[],
    },
    Case {
        // "with" hung on the other party's title still makes talks mutual.
        text: "Kenya's President William Ruto held talks with Chinese President Xi Jinping in Beijing on Tuesday.",
        want: &[("KENGOV", "CHNGOV", "040", "asserted"), ("CHNGOV", "KENGOV", "040", "asserted")],
        not: &[],
    },
    Case {
        // Calling one's counterpart is a phone call, both ways.
        text: "Egypt's foreign minister called his Turkish counterpart to discuss the war in Gaza.",
        want: &[("EGYGOV", "TURGOV", "041", "asserted"), ("TURGOV", "EGYGOV", "041", "asserted")],
        not: &[],
    },
    Case {
        // Exchanging ambassadors is diplomatic cooperation between the two.
        text: "Saudi Arabia and Iran exchanged ambassadors for the first time in seven years.",
        want: &[("SAU", "IRN", "050", "asserted"), ("IRN", "SAU", "050", "asserted")],
        not: &[],
    },
    Case {
        // "has yet to" is not done (so far).
        text: "Moscow has yet to recognise the Taliban government.",
        want: &[("RUSGOV", "AFGGOV", "054", "negated")],
        not: &[],
    },
    Case {
        // ... nor "is yet to".
        text: "Russia is yet to deliver the promised wheat to Afghanistan.",
        want: &[("RUS", "AFG", "061", "negated")],
        not: &[],
    },
    Case {
        // "accused Russia of attacking civilians": the parser's modifiers repaired into object and charge.
        text: "Ukraine accused Russia of attacking civilians.",
        want: &[("UKR", "RUS", "112", "asserted")],
        not: &[("UKR", "RUSCVL")],
    },
    Case {
        // Promising more security threatens no one.
        text: "Taliban officials promised to increase security around the Russian embassy after Monday's bombing.",
        want: &[("AFGGOV", "RUS", "030", "intended")],
        not: &[],
    },
    Case {
        // An embassy is no place of its own state: protesters outside it are the host's.
        text: "Protesters rallied outside the Russian embassy in Kabul.",
        want: &[("AFGCVL", "RUS", "141", "asserted")],
        not: &[],
    },
    Case {
        // Trading strikes is fighting each other, not trade.
        text: "Iran and Pakistan traded missile strikes on militant targets in each other's territory.",
        want: &[("IRN", "PAK", "190", "asserted"), ("PAK", "IRN", "190", "asserted")],
        not: &[],
    },
    Case {
        // Violence without a named doer is the claimant's.
        text: "Al Shabaab claimed responsibility for the attack, which killed 20 people in Mogadishu.",
        want: &[("SOMREB", "SOMCVL", "18", "asserted")],
        not: &[],
    },
    Case {
        // A reaction reacts to the nearest clause up the tree that reports an act.
        text: "President Joe Biden said on Friday he would not rule out a military option to deal with the crisis in Venezuela, drawing a swift rebuke from Caracas.",
        want: &[("VENGOV", "USAGOV", "111", "asserted")],
        not: &[],
    },
    Case {
        // An embassy without a state of its own is not the place's.
        text: "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen embassies within two months after four days of talks in Beijing.",
        want: &[("SAU", "IRN", "03", "intended")],
        not: &[("SAU", "CHNGOV"), ("IRN", "CHNGOV")],
    },
    Case {
        // "the country" is the state named last before it in the sentence.
        text: "Greece and Turkey signed a declaration of friendship in Athens on Thursday, during Recep Tayyip Erdogan's first visit to the country in six years.",
        want: &[("TURGOV", "GRC", "042", "asserted")],
        not: &[],
    },
    Case {
        // A reported clause read as a noun with a participle: "shot dead" marks the object.
        text: "Israeli troops shot dead five Palestinians during a raid on the Jenin refugee camp on Monday, the Palestinian health ministry said.",
        want: &[("ISRMIL", "PSECVL", "193", "asserted")],
        not: &[("PSECVL", "ISRMIL")],
    },
    Case {
        // A participle hung on an infinitive belongs to the main clause.
        text: "Moldova ordered 45 Russian diplomats and embassy staff to leave the country on Wednesday, accusing Moscow of repeated hostile actions.",
        want: &[("MDA", "RUSGOV", "112", "asserted")],
        not: &[("RUSGOV", "RUSGOV")],
    },
    Case {
        // Coordinated modifiers where one is a group's name; exchanging fire without "with".
        text: "Pakistani and Afghan Taliban forces exchanged heavy fire along their shared border overnight.",
        want: &[("PAKMIL", "AFGMIL", "193", "asserted"), ("AFGMIL", "PAKMIL", "193", "asserted")],
        not: &[],
    },
    Case {
        // A reported clause read as a noun with an intransitive participle.
        text: "Indian and Chinese troops clashed along their disputed border last week, the Indian army said on Monday.",
        want: &[("INDMIL", "CHNMIL", "190", "asserted")],
        not: &[],
    },
    Case {
        // Goods delivered free of charge are aid.
        text: "Russia has delivered 25,000 tonnes of wheat to Zimbabwe free of charge, the Russian embassy in Harare said on Tuesday.",
        want: &[("RUS", "ZWE", "073", "asserted")],
        not: &[],
    },
    Case {
        // Money deposited with a state's central bank is aid to it; gas pumped to a state is trade.
        text: "Saudi Arabia has deposited 2 billion dollars with Pakistan's central bank, Finance Minister Ishaq Dar said on Tuesday.",
        want: &[("SAU", "PAKGOV", "07", "asserted")],
        not: &[],
    },
    Case {
        // ... gas pumped to a state is trade.
        text: "Russia began pumping natural gas to China through the Power of Siberia pipeline on Monday.",
        want: &[("RUS", "CHN", "06", "asserted")],
        not: &[],
    },
    Case {
        // An infinitive of purpose hung on a summoned party is the summoner's, not the party's.
        text: "The Taliban's foreign ministry summoned Pakistan's charge d'affaires to protest against air strikes in Khost province.",
        want: &[("AFGGOV", "PAKGOV", "114", "asserted")],
        not: &[("PAKGOV", "AFG")],
    },
    Case {
        // An unseen capitalised first word in "-ing" before a verb is a name ("Beijing" had been tagged a gerund).
        text: "Beijing imposed sanctions on U.S. defence firms over arms sales to Taiwan.",
        want: &[("CHNGOV", "USABUS", "163", "asserted")],
        not: &[],
    },
    Case {
        // a first subject hung from a root demonym: both signers
        text: "Italian Prime Minister Giorgia Meloni and her Albanian counterpart Edi Rama signed a migration deal in Rome.",
        want: &[("ITAGOV", "ALBGOV", "057", "asserted"), ("ALBGOV", "ITAGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // a list's first name read as vocative
        text: "Uzbekistan, Pakistan and Afghanistan signed a railway agreement in Kabul.",
        want: &[("UZB", "PAK", "057", "asserted"), ("AFG", "UZB", "057", "asserted"), ("PAK", "AFG", "057", "asserted")],
        not: &[],
    },
    Case {
        // his visit: the visitor is not of the host state; the visit happened though the arrest did not
        text: "Mongolia did not arrest Vladimir Putin during his visit to Ulaanbaatar.",
        want: &[("RUSGOV", "MNGGOV", "042", "asserted"), ("MNG", "RUSGOV", "173", "negated")],
        not: &[],
    },
    Case {
        // a visit by X to Y, the by phrase read as the verb's oblique
        text: "Modi praised Guyana during the first visit by an Indian prime minister to Guyana in five decades.",
        want: &[("INDGOV", "GUY", "042", "asserted"), ("INDGOV", "GUY", "051", "asserted")],
        not: &[],
    },
    Case {
        // accusing it: an object pronoun of an accusation is another actor
        text: "Saudi Arabia severed diplomatic ties with Qatar, accusing it of supporting terrorism.",
        want: &[("SAU", "QAT", "112", "asserted")],
        not: &[],
    },
    Case {
        // a state accuses its own opposition
        text: "Kenyan President William Ruto accused the opposition of inciting violence.",
        want: &[("KENGOV", "KENOPP", "112", "asserted")],
        not: &[],
    },
    Case {
        // an unseen first word in -s before a name is a name
        text: "Maldives President Ibrahim Mohamed Solih thanked India for its help.",
        want: &[("MDVGOV", "IND", "051", "asserted")],
        not: &[],
    },
    Case {
        // a demonym read as the head of its name's phrase
        text: "Turkish Foreign Minister Hakan Fidan and his Egyptian counterpart Sameh Shoukry signed an accord in Cairo.",
        want: &[("TURGOV", "EGYGOV", "057", "asserted"), ("EGYGOV", "TURGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // at the request of X: X appealed to the deployer
        text: "Uganda deployed troops to Juba at the request of President Salva Kiir.",
        want: &[("SSDGOV", "UGA", "02", "asserted")],
        not: &[],
    },
    Case {
        // fighting between two named parties, the between phrase on the verb
        text: "Fighting erupted in Khartoum between Sudan's army and the paramilitary Rapid Support Forces.",
        want: &[("SDNMIL", "SDNREB", "190", "asserted"), ("SDNREB", "SDNMIL", "190", "asserted")],
        not: &[],
    },
    Case {
        // clashes broke out between X and Y
        text: "Clashes broke out between Indian and Chinese troops on Friday.",
        want: &[("INDMIL", "CHNMIL", "190", "asserted"), ("CHNMIL", "INDMIL", "190", "asserted")],
        not: &[],
    },
    Case {
        // a trip to a state is a visit
        text: "Libyan Prime Minister Abdulhamid Dbeibah, on his first trip to Turkey since taking office, met President Tayyip Erdogan.",
        want: &[("LBYGOV", "TUR", "042", "asserted")],
        not: &[],
    },
    Case {
        // in a deal brokered by X, read as the participle's oblique: the mediator mediates between the parties of the clause above
        text: "Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed agreed in Ankara to begin technical talks, in a deal brokered by Turkish President Tayyip Erdogan.",
        want: &[("TURGOV", "SOMGOV", "045", "asserted"), ("TURGOV", "ETHGOV", "045", "asserted")],
        not: &[],
    },
    Case {
        // a person under an international body's title acts for it
        text: "African Union mediator Thabo Mbeki met Sudanese President Omar al-Bashir in Khartoum.",
        want: &[("IGOAFRAFU", "SDNELI", "040", "asserted")],
        not: &[],
    },
    Case {
        // denouncing 'the move': aimed at its doer, not at the critic's own state named after
        text: "The U.S. Treasury imposed sanctions on Colombian President Gustavo Petro, and Petro denounced the move as an attack on Colombia's sovereignty.",
        want: &[("COLGOV", "USAGOV", "111", "asserted")],
        not: &[("COLGOV", "COL")],
    },
    Case {
        // declaring a legitimate target is a threat of force
        text: "The Libyan National Army will treat Turkish ships as legitimate targets.",
        want: &[("LBYMIL", "TUR", "138", "asserted")],
        not: &[],
    },
    Case {
        // legitimate targets in a reported clause; bare Haftar
        text: "Ankara warned that Haftar's forces would become legitimate targets.",
        want: &[("TURGOV", "LBYMIL", "13", "asserted")],
        not: &[],
    },
    Case {
        // his country: the speaker's state; talks with X hung from the object
        text: "Panamanian President Laurentino Cortizo said his country would not renew the contract, after talks with U.S. Secretary of State Antony Blinken.",
        want: &[("PAN", "USAGOV", "040", "asserted"), ("USAGOV", "PAN", "040", "asserted")],
        not: &[],
    },
    Case {
        // a participle phrase read as the predicate ('armed with knives'); 'armed' describes, it is no arms transfer
        text: "Chinese coast guard personnel armed with knives rammed Philippine navy boats.",
        want: &[("CHNMIL", "PHLMIL", "171", "asserted")],
        not: &[("PHLMIL", "CHNMIL")],
    },
    Case {
        // a shared object read as a third conjunct
        text: "Chinese coast guard ships rammed and boarded Philippine navy boats near the shoal.",
        want: &[("CHNMIL", "PHLMIL", "171", "asserted")],
        not: &[],
    },
    Case {
        // 'the bloc' as an object: the international body named before it
        text: "Foreign Minister Dmytro Kuleba criticised the European Union on Tuesday, urging the bloc to speed up production.",
        want: &[("UKRGOV", "IGOEUREEC", "020", "asserted")],
        not: &[],
    },
    Case {
        // 'the lender': the bank named before it, not a state inside the accusation
        text: "The U.S. Treasury imposed sanctions on Kyrgyzstan's Keremet Bank, accusing the lender of helping Russia evade Western sanctions.",
        want: &[("USAGOV", "KGZBUS", "112", "asserted")],
        not: &[("USAGOV", "RUS")],
    },
    Case {
        // under X mediation: the adjective's state mediates between the clause's parties
        text: "Pakistan and Afghanistan agreed an immediate ceasefire in Doha under Qatari mediation.",
        want: &[("QAT", "PAK", "045", "asserted"), ("QAT", "AFG", "045", "asserted")],
        not: &[],
    },
    Case {
        // under mediation by X
        text: "Thailand and Cambodia agreed a ceasefire in Malaysia on Monday under mediation by Prime Minister Anwar Ibrahim.",
        want: &[("MYSGOV", "THA", "045", "asserted"), ("MYSGOV", "KHM", "045", "asserted")],
        not: &[],
    },
    Case {
        // a news organisation is its country's media
        text: "Russia's Federal Security Service said it had detained Wall Street Journal reporter Evan Gershkovich in Yekaterinburg.",
        want: &[("RUSSPY", "USAMED", "173", "asserted")],
        not: &[],
    },
    Case {
        // a subject read as the root and its verb as a modifier; the incursion is the tanks' state's
        text: "Turkish tanks rolled across the border into northern Syria on Wednesday, backed by jets and artillery, in an offensive to drive Islamic State out of the town of Jarablus, and Damascus denounced the incursion as a flagrant breach of its sovereignty.",
        want: &[("SYRGOV", "TUR", "111", "asserted")],
        not: &[],
    },
    Case {
        // a demand coordinated with an act by the same subject is aimed at that act's target
        text: "Iraq summoned Turkey's charge d'affaires on Wednesday and demanded a formal apology.",
        want: &[("IRQ", "TURGOV", "10", "asserted")],
        not: &[],
    },
    Case {
        // rejecting a thing put forward by someone is aimed at them
        text: "Mali's military government demanded that France withdraw its troops, rejecting the timetable set out by President Emmanuel Macron a day earlier.",
        want: &[("MLIGOV", "FRAGOV", "12", "asserted")],
        not: &[],
    },
    Case {
        // police arriving on a mission are help, not a show of force; an 'of' phrase read as the verb's oblique
        text: "The first contingent of about 400 Kenyan police officers arrived in Haiti's capital on Tuesday to lead a UN-backed multinational mission against the armed gangs.",
        want: &[("KENCOP", "HTI", "074", "asserted")],
        not: &[],
    },
    Case {
        // troops arriving as part of a force
        text: "Russian paratroopers began arriving in Kazakhstan on Thursday as part of a Collective Security Treaty Organization force.",
        want: &[("RUSMIL", "KAZ", "074", "asserted")],
        not: &[],
    },
    Case {
        // a minister arriving to attend celebrations visits; only forces on a mission help
        text: "Russian Defence Minister Sergei Shoigu arrived in Pyongyang on Tuesday to attend celebrations, North Korean state media said.",
        want: &[("RUSMIL", "PRKGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // a meeting that did not happen did not happen for either side
        text: "Azerbaijani President Ilham Aliyev did not meet Armenian Prime Minister Nikol Pashinyan in the Spanish city of Granada on Thursday, despite months of preparation by European Union mediators, Armenian officials said.",
        want: &[("AZEGOV", "ARMGOV", "040", "negated"), ("ARMGOV", "AZEGOV", "040", "negated")],
        not: &[],
    },
    Case {
        // a date read as a subject, its preposition as a subordinator
        text: "Iraq's parliament passed a non-binding resolution on Sunday demanding the withdrawal of U.S. troops from the country.",
        want: &[("IRQLEG", "USAMIL", "10", "asserted")],
        not: &[],
    },
    Case {
        // each other: the subjects are each other's targets
        text: "India and Pakistan accused each other of violating the ceasefire.",
        want: &[("IND", "PAK", "112", "asserted"), ("PAK", "IND", "112", "asserted")],
        not: &[],
    },
    Case {
        // one another
        text: "Armenia and Azerbaijan blamed one another for the shelling.",
        want: &[("ARM", "AZE", "112", "asserted"), ("AZE", "ARM", "112", "asserted")],
        not: &[],
    },
    Case {
        // a clause hung from a comma goes to the verb above it
        text: "Myanmar's military seized power in a coup on Monday, detaining elected leader Aung San Suu Kyi and other senior figures of her ruling party.",
        want: &[("MMRMIL", "MMRELI", "173", "asserted")],
        not: &[],
    },
    Case {
        // martial law with no one named is imposed on the state's own people
        text: "South Korean President Yoon Suk Yeol declared emergency martial law late on Tuesday.",
        want: &[("KORGOV", "KORCVL", "1724", "asserted")],
        not: &[],
    },
    Case {
        // separatists are the place's, whoever backs them
        text: "Kremlin-backed separatists shelled Ukrainian positions near Donetsk.",
        want: &[("UKRSEP", "UKR", "194", "asserted")],
        not: &[("RUS", "UKR")],
    },
    Case {
        // two clauses in a reported part; 'the group' as a subject is the group named before
        text: "Israeli jets struck Hezbollah targets in southern Lebanon overnight, and the group fired dozens of rockets at northern Israel, the Israeli military said on Tuesday.",
        // (Jets that strike use aerial weapons: 195.)
        want: &[("ISR", "LBNRAD", "195", "asserted"), ("LBNRAD", "ISR", "194", "asserted")],
        not: &[],
    },
    Case {
        // the possessor of a thing owns it, not the body the thing concerns
        text: "Turkey's parliament ratified Sweden's NATO membership bid on Tuesday.",
        want: &[("TURLEG", "SWE", "057", "asserted")],
        not: &[("TURLEG", "IGOWSTNAT")],
    },
    Case {
        // negotiations with two parties run both ways with each
        text: "The European Union formally opened membership negotiations with Albania and North Macedonia on Tuesday.",
        want: &[("IGOEUREEC", "ALB", "046", "asserted"), ("ALB", "IGOEUREEC", "046", "asserted"), ("MKD", "IGOEUREEC", "046", "asserted")],
        not: &[],
    },
    Case {
        // a preposition read as the head of its phrase
        text: "Libyan Prime Minister Abdulhamid Dbeibah signed five agreements with President Tayyip Erdogan in Ankara on Monday.",
        want: &[("LBYGOV", "TURGOV", "057", "asserted"), ("TURGOV", "LBYGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // goods down a chain of 'of' phrases arrive from whoever promised them
        text: "Only 40,000 of the 100,000 tonnes of wheat promised by India have reached Afghanistan so far.",
        want: &[("IND", "AFG", "06", "asserted")],
        not: &[],
    },
    Case {
        // placed under house arrest
        text: "South Sudanese security forces placed First Vice President Riek Machar under house arrest in Juba on Wednesday.",
        want: &[("SSDCOP", "SSDGOV", "173", "asserted")],
        not: &[],
    },
    Case {
        // ended ties with
        text: "Honiara ended its ties with Taipei on Monday.",
        want: &[("SLBGOV", "TWNGOV", "161", "asserted")],
        not: &[],
    },
    Case {
        // a two-word national adjective is its own state's, not a description of the state named before
        text: "North Korea fired artillery shells at the South Korean island of Yeonpyeong on Tuesday.",
        want: &[("PRK", "KOR", "194", "asserted")],
        not: &[("PRK", "PRK")],
    },
    Case {
        // an attack on places is aimed at the state they are in
        text: "Russian forces fired missiles at cities across Ukraine on Thursday.",
        want: &[("RUSMIL", "UKR", "194", "asserted")],
        not: &[],
    },
    Case {
        // initialling a treaty is signing it
        text: "Armenia and Azerbaijan initialled a peace treaty at the White House on Friday.",
        want: &[("ARM", "AZE", "057", "asserted"), ("AZE", "ARM", "057", "asserted")],
        not: &[],
    },
    Case {
        // a hyphenated participle modifier ('Saudi-led'); the first clause's subject read as its root
        text: "Saudi-led warplanes bombed Houthi positions across Yemen on Thursday, and Iran condemned the strikes as a dangerous step.",
        want: &[("SAUMIL", "YEMREB", "195", "asserted"), ("IRN", "SAUMIL", "111", "asserted")],
        not: &[],
    },
    Case {
        // who backs a group is not the group
        text: "Iran-backed militias attacked a U.S. base in Syria on Sunday.",
        want: &[],
        not: &[("IRN", "USA")],
    },
    Case {
        // counted goods handed to a named recipient are provided, whatever the goods
        text: "Japan handed over 5,800 tonnes of rice to Sierra Leone on Thursday.",
        want: &[("JPN", "SLE", "070", "asserted")],
        not: &[],
    },
    Case {
        // money given to a recipient (iobj)
        text: "The European Union will give Mauritania 210 million euros this year to help it create jobs.",
        want: &[("IGOEUREEC", "MRT", "03", "intended")],
        not: &[],
    },
    Case {
        // 'that' read as a second subject of a clause hung from a verb as a relative clause
        text: "The European Union demanded on Wednesday that Kosovo pull its special police units out of Serb-majority municipalities in the north.",
        want: &[("IGOEUREEC", "KSV", "100", "asserted")],
        not: &[],
    },
    Case {
        // Riot-control weapons fired at a crowd: repression (175) of the state's own people.
        text: "Georgian riot police fired water cannon and tear gas at thousands of demonstrators outside parliament on Sunday.",
        want: &[("GEOCOP", "GEOCVL", "175", "asserted")],
        not: &[],
    },
    Case {
        // People the state detains, from an outlet the dictionary does not know, are its own.
        text: "Kyrgyz security services detained 11 journalists from the investigative outlet Temirov Live on Tuesday.",
        want: &[("KGZSPY", "KGZMED", "173", "asserted")],
        not: &[],
    },
    Case {
        // "prompting X to V": the object does the act.
        text: "Colombian President Gustavo Petro refused on Sunday to let two U.S. military planes land, prompting President Joe Biden to order tariffs on Colombian goods.",
        want: &[("USAGOV", "COL", "163", "asserted")],
        not: &[("USAMIL", "COL")],
    },
    Case {
        // A subordinator's subject read as part of it ("as police fired"); migrants are not the place's people.
        text: "Indian Prime Minister Narendra Modi arrived in Dhaka on Friday, as police fired rubber bullets and tear gas at protesters, killing at least four of them.",
        want: &[("INDGOV", "BGDGOV", "042", "asserted"), ("BGDCOP", "BGDCVL", "175", "asserted")],
        not: &[("INDGOV", "BGDCOP")],
    },
    Case {
        // Migrants at a border are not the place's own people.
        text: "Polish security forces fired water cannon and tear gas at migrants throwing stones across the border on Tuesday, the defence ministry in Warsaw said.",
        want: &[],
        not: &[("POLCOP", "POLREF")],
    },
    Case {
        // Whom a leader hosts or welcomes from another state visits the host (042), besides the hosting (043).
        text: "Vladimir Putin welcomed Egyptian President Abdel Fattah al-Sisi to the Black Sea resort of Sochi on Wednesday.",
        want: &[("RUSGOV", "EGYGOV", "043", "asserted"), ("EGYGOV", "RUSGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // A demonym opening the object read as the verb's complement ("received Iraqi Prime Minister ...").
        text: "Saudi Crown Prince Mohammed bin Salman received Iraqi Prime Minister Mohammed Shia al-Sudani in Riyadh on Monday.",
        want: &[("SAUGOV", "IRQGOV", "043", "asserted"), ("IRQGOV", "SAUGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // A telephone call runs both ways; a name particle ("da") keeps the name whole.
        text: "Brazil's President Luiz Inacio Lula da Silva spoke by telephone with Chinese President Xi Jinping on Monday.",
        want: &[("BRAGOV", "CHNGOV", "041", "asserted"), ("CHNGOV", "BRAGOV", "041", "asserted")],
        not: &[],
    },
    Case {
        // Hosting a ceremony for others is no visit by them.
        text: "The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday at a ceremony hosted by Secretary of State Antony Blinken.",
        want: &[("CODGOV", "RWAGOV", "057", "asserted")],
        not: &[("CODGOV", "USAGOV"), ("RWAGOV", "USAGOV")],
    },
    Case {
        // "agreed to a ceasefire" is an agreement (03, both ways), as every
        // "agreed to" (resources/gold/README.md); session 8 tried 0871.
        text: "India and Pakistan agreed to a full and immediate ceasefire on Saturday after four days of fighting.",
        want: &[("IND", "PAK", "0356", "asserted"), ("PAK", "IND", "0356", "asserted")],
        not: &[],
    },
    Case {
        // A semicolon joins two clauses; "he" is the first clause's subject; "has yet to" negates.
        text: "Chinese President Xi Jinping arrived in Seoul on Thursday and held talks with President Yoon Suk Yeol; he has yet to visit North Korea.",
        want: &[("CHNGOV", "KORGOV", "042", "asserted"), ("CHNGOV", "PRK", "042", "negated")],
        not: &[("KORGOV", "PRK")],
    },
    Case {
        // A hyphenated given name stays whole ("Jae-in"); what a signed declaration pledges is its content, not a pledge.
        text: "North Korean leader Kim Jong Un and South Korean President Moon Jae-in signed a declaration pledging to work towards denuclearisation.",
        // (On the test date, 2023, Moon is a former president.)
        want: &[("PRKGOV", "KORELI", "057", "asserted"), ("KORELI", "PRKGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // An opposition's protests at home are against its government.
        text: "Kenya's opposition began three days of protests across the country on Wednesday against tax increases.",
        want: &[("KENOPP", "KENGOV", "14", "asserted")],
        not: &[],
    },
    Case {
        // A leader's supporters are his country's people; bare "Congress" in a sentence set in Brazil is Brazil's; a crowd storming it riots (145).
        text: "Supporters of former President Jair Bolsonaro stormed Congress and the Supreme Court in Brasilia on Sunday.",
        want: &[("BRACVL", "BRALEG", "145", "asserted"), ("BRACVL", "BRAJUD", "145", "asserted")],
        not: &[("BRAGOV", "BRALEG"), ("BRACVL", "USALEG")],
    },
    Case {
        // Militants storming a hotel attack the people in it, not the state whose capital it is.
        text: "Al Shabaab gunmen stormed a hotel in Mogadishu on Friday, killing at least 20 people.",
        want: &[("SOMREB", "SOMCVL", "180", "asserted")],
        not: &[("SOMREB", "SOMGOV"), ("SOMREB", "SOM")],
    },
    Case {
        // Protesters chanting against a foreign power protest it, not their own government.
        text: "Thousands of supporters of Niger's junta rallied outside the French embassy in Niamey on Sunday, chanting slogans against the former colonial power.",
        want: &[("NERCVL", "FRA", "141", "asserted")],
        not: &[("NERCVL", "NERGOV")],
    },
    Case {
        // A reaction drawn from others: they react to the one who drew it (a participle after a comma read as an adjective is repaired).
        text: "North Korea conducted its third nuclear test on Tuesday, drawing condemnation from the U.N. Security Council and China.",
        want: &[("IGOUNOSEC", "PRK", "111", "asserted"), ("CHN", "PRK", "111", "asserted")],
        not: &[],
    },
    Case {
        // A response without a named target answers whoever attacked the responder.
        text: "Russia fired missiles at Ukrainian cities on Monday, and Ukraine returned fire.",
        want: &[("RUS", "UKR", "19", "asserted"), ("UKR", "RUS", "190", "asserted")],
        not: &[],
    },
    Case {
        // "hit back with duties" is a sanction (163), not an attack.
        text: "The United States imposed tariffs on Chinese imports on Friday, and Beijing hit back immediately with duties on American goods.",
        want: &[("CHNGOV", "USA", "163", "asserted")],
        not: &[],
    },
    Case {
        // "a visit to Beijing by X" with "to" read as a clause and the by-phrase as a conjunct.
        text: "India and China signed a border defence agreement on Wednesday during a visit to Beijing by Indian Prime Minister Narendra Modi.",
        want: &[("IND", "CHN", "057", "asserted"), ("INDGOV", "CHNGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // A visit by someone to no named place is to where the clause happens.
        text: "Japan and the Philippines signed a reciprocal access agreement in Manila on Monday during a visit by Japanese Foreign Minister Yoko Kamikawa.",
        // (On the test date Kamikawa was not yet foreign minister.)
        want: &[("JPN", "PHLGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // Partners named by example ("including") are parties too.
        text: "The United States and Arab partners including Saudi Arabia and the United Arab Emirates launched air strikes on Islamic State targets in Syria on Tuesday.",
        want: &[("USA", "IMGREB", "195", "asserted"), ("SAU", "IMGREB", "195", "asserted"), ("ARE", "IMGREB", "195", "asserted")],
        not: &[],
    },
    Case {
        // A name after the noun it names read as a second subject; a region's adjective yields to the body it describes.
        text: "Leaders of the West African bloc ECOWAS imposed financial sanctions on Niger on Sunday.",
        want: &[("IGOWAFWAS", "NER", "163", "asserted")],
        not: &[("WAF", "NER")],
    },
    Case {
        // Machines or men led by a named commander are his.
        text: "Armoured vehicles led by army commander Juan Jose Zuniga rammed the doors of Bolivia's presidential palace in La Paz on Wednesday.",
        want: &[("BOLMIL", "BOLGOV", "17", "asserted")],
        not: &[],
    },
    Case {
        // "the two" with an adverb hung on it; a second clause whose past tense was tagged a participle before its object.
        text: "Kim Jong Un greeted Vladimir Putin at Pyongyang airport on Wednesday, and the two later signed a strategic partnership treaty.",
        want: &[("PRKGOV", "RUSGOV", "057", "asserted"), ("RUSGOV", "PRKGOV", "057", "asserted"), ("RUSGOV", "PRKGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // The capital a visitor arrives in is one of "the two sides".
        text: "Uzbek President Shavkat Mirziyoyev arrived in Dushanbe on Friday for a state visit, and the two sides signed 27 agreements.",
        want: &[("UZBGOV", "TJKGOV", "057", "asserted"), ("TJKGOV", "UZBGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // Impeachment is an administrative sanction (172).
        text: "Peru's Congress impeached President Dina Boluarte on Monday.",
        want: &[("PERLEG", "PERGOV", "172", "asserted")],
        not: &[],
    },
    Case {
        // A second clause after ", after" is parsed apart; counted protesters fired on by police are repressed (175).
        text: "Nepali police opened fire on thousands of young protesters outside parliament in Kathmandu on Monday, after the government banned social media platforms.",
        want: &[("NPLCOP", "NPLCVL", "175", "asserted")],
        not: &[],
    },
    Case {
        // A reaction to a state's own side is rather to the main clause's doer.
        text: "Israeli warplanes pounded what the military said were Hezbollah targets in southern Lebanon on Saturday, drawing condemnation from Lebanese President Joseph Aoun.",
        // (On the test date, 2023, Aoun commanded the army.)
        want: &[("LBNMIL", "ISRMIL", "111", "asserted")],
        not: &[("LBNMIL", "LBNRAD")],
    },
    Case {
        // A state leaving an international body reduces relations with it (160).
        text: "Mali, Burkina Faso and Niger announced on Sunday that they were leaving ECOWAS with immediate effect.",
        want: &[("MLI", "IGOWAFWAS", "160", "asserted"), ("BFA", "IGOWAFWAS", "160", "asserted"), ("NER", "IGOWAFWAS", "160", "asserted")],
        not: &[],
    },
    Case {
        // Troops withdrawing from a country are no break with an international body.
        text: "NATO troops withdrew from Afghanistan.",
        want: &[("IGOWSTNAT", "AFG", "0874", "asserted")],
        not: &[],
    },
    Case {
        // Goods a plane lands with are its state's delivery.
        text: "An Indian air force C-130J transport plane landed in Yangon on Saturday with about 15 tonnes of relief supplies for victims of Myanmar's earthquake.",
        want: &[("INDMIL", "MMR", "07", "asserted")],
        not: &[],
    },
    Case {
        // What trucks in a convoy carry, and where the convoy crosses into.
        text: "The first convoy of 50 trucks carrying 2,500 tonnes of Indian wheat crossed into Afghanistan through Pakistan on Tuesday.",
        want: &[("IND", "AFG", "06", "asserted")],
        not: &[("IND", "PAK")],
    },
    Case {
        // A place name in -ing after a preposition is a name; a state's forces striking a village at home strike its people.
        text: "Myanmar's junta launched air strikes on a village in Sagaing region on Tuesday, killing 40 people.",
        want: &[("MMRMIL", "MMRCVL", "195", "asserted"), ("MMRMIL", "MMRCVL", "19", "asserted")],
        not: &[("MMRMIL", "MMR")],
    },
    Case {
        // A plural read as a verb after a demonym; aircraft that strike use aerial weapons (195).
        text: "Turkish drones struck al-Shabaab positions near Mogadishu on Sunday.",
        want: &[("TURMIL", "SOMREB", "195", "asserted")],
        not: &[],
    },
    Case {
        // A parliament approving a deal with another state.
        text: "Somalia's parliament approved a maritime deal with Turkey on Thursday.",
        want: &[("SOMLEG", "TUR", "057", "asserted")],
        not: &[],
    },
    Case {
        // Forces sent on a peace mission are help (074), not a show of force.
        text: "Egypt sent troops to Somalia on Tuesday as part of an African Union mission.",
        want: &[("EGY", "SOM", "074", "asserted")],
        not: &[],
    },
    Case {
        // A noun of state read as an adjective after a possessive ("Myanmar's military to ...").
        text: "Malaysia's Prime Minister Anwar Ibrahim urged Myanmar's military to end the violence.",
        want: &[("MYSGOV", "MMRMIL", "020", "asserted")],
        not: &[],
    },
    Case {
        // A sport phrase that only dates the event keeps it ("ahead of a Formula One race").
        text: "Yemen's Houthi rebels struck an oil depot in the Saudi city of Jeddah with missiles on Friday, sending a plume of smoke over the city ahead of a Formula One race.",
        want: &[("YEMREB", "SAU", "19", "asserted")],
        not: &[],
    },
    Case {
        // "pounded what the military said were Hezbollah targets": the named thing is the target.
        text: "Israeli warplanes pounded what the military said were Hezbollah targets in southern Lebanon on Saturday.",
        want: &[("ISRMIL", "LBNRAD", "19", "asserted")],
        not: &[],
    },
    Case {
        // "Communist Party chief Nguyen Phu Trong" is one actor, not a second conjunct; "at talks" between the subjects, whatever "between the former foes" names.
        text: "President Joe Biden and Vietnamese Communist Party chief Nguyen Phu Trong agreed at talks in Hanoi on Sunday to upgrade relations between the former foes.",
        want: &[("USAGOV", "VNMGOV", "040", "asserted"), ("VNMGOV", "USAGOV", "040", "asserted")],
        not: &[("VNMGOV", "VNMPTY"), ("USAGOV", "VNMPTY")],
    },
    Case {
        // A hyphenated given name keeps its family name a name ("Ma Ying-jeou").
        text: "Chinese President Xi Jinping and Taiwan's President Ma Ying-jeou shook hands at a hotel in Singapore on Saturday.",
        want: &[("CHNGOV", "TWNOPP", "04", "asserted"), ("TWNOPP", "CHNGOV", "04", "asserted")],
        not: &[],
    },
    Case {
        // Conjoined titled names the parser tore apart are both subjects.
        text: "Chinese Premier Li Qiang and Solomon Islands Prime Minister Manasseh Sogavare signed nine agreements on Monday.",
        want: &[("CHNGOV", "SLBGOV", "057", "asserted"), ("SLBGOV", "CHNGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // "without reaching an agreement": not done.
        text: "Armenia and Azerbaijan held talks in Brussels on Monday without reaching an agreement.",
        want: &[("ARM", "AZE", "04", "asserted"), ("ARM", "AZE", "057", "negated")],
        not: &[],
    },
    Case {
        // "Ali Mahmoud Abbas" is not Mahmoud Abbas; ending talks somewhere is no act against the place.
        text: "The defence ministers of Turkey and Syria, Hulusi Akar and Ali Mahmoud Abbas, met in Moscow on Wednesday, and the two men ended their talks in Moscow on Thursday.",
        want: &[("TURMIL", "SYRMIL", "04", "asserted")],
        not: &[("TURMIL", "PSEGOV"), ("SYRMIL", "PSEGOV"), ("TURMIL", "RUS"), ("SYRMIL", "RUS")],
    },
    Case {
        // Suspected gang members a state arrests at home are its own criminals.
        text: "Ecuador's armed forces arrested 329 suspected gang members on Thursday.",
        want: &[("ECUMIL", "ECUCRM", "173", "asserted")],
        not: &[],
    },
    Case {
        // "ordered X jailed": the orderer jails X (asserted); the person after a place and a title heads the phrase.
        text: "A Turkish court ordered Istanbul Mayor Ekrem Imamoglu jailed pending trial on corruption charges on Sunday.",
        want: &[("TURJUD", "TUROPP", "173", "asserted")],
        not: &[("TURJUD", "TUR")],
    },
    Case {
        // A release in exchange for someone is half of a swap: the freed people's state releases too.
        text: "Venezuela freed 10 jailed Americans on Wednesday in exchange for Alex Saab, a businessman who had been held in the United States.",
        want: &[("VEN", "USACVL", "0841", "asserted"), ("USA", "VEN", "0841", "asserted")],
        not: &[],
    },
    Case {
        // Handing over or returning captured people releases them; a count before "captured" does not make it a verb.
        text: "Russia returned 90 captured soldiers to Ukraine on Friday, and Pakistan handed over the captured Indian pilot at the Wagah border crossing.",
        want: &[("RUS", "UKR", "0841", "asserted"), ("PAK", "IND", "0841", "asserted")],
        not: &[],
    },
    Case {
        // "with each side accusing the other": both accuse each other.
        text: "Indian and Pakistani troops exchanged fire across the Line of Control in Kashmir on Monday, with each side accusing the other of violating a 2003 ceasefire.",
        want: &[("INDMIL", "PAKMIL", "112", "asserted"), ("PAKMIL", "INDMIL", "112", "asserted")],
        not: &[],
    },
    Case {
        // "in what X denounced as a coup attempt": X denounces who did the act.
        text: "Armoured vehicles led by army commander Juan Jose Zuniga rammed the doors of Bolivia's presidential palace in La Paz on Wednesday in what President Luis Arce denounced as a coup attempt.",
        want: &[("BOLGOV", "BOLMIL", "111", "asserted")],
        not: &[],
    },
    Case {
        // A possessor read as the root: the verb heads the sentence.
        text: "Sudan's army-aligned government cut diplomatic relations with the United Arab Emirates on Tuesday, accusing Abu Dhabi of supplying the Rapid Support Forces with drones.",
        want: &[("SDNGOV", "ARE", "161", "asserted"), ("SDNGOV", "AREGOV", "112", "asserted")],
        not: &[],
    },
    Case {
        // "X on Thursday imposed": past tense after a dated subject; "asset freezes and travel bans" are nouns.
        text: "The European Union on Thursday imposed asset freezes and travel bans on 38 Belarusian officials.",
        want: &[("IGOEUREEC", "BLRGOV", "163", "asserted")],
        not: &[],
    },
    Case {
        // Talks on joining a body are talks with it.
        text: "Prime Minister Irakli Kobakhidze's government suspended talks on joining the European Union until 2028.",
        want: &[("GEOELI", "IGOEUREEC", "164", "asserted")],
        not: &[],
    },
    Case {
        // A national adjective alone before "and" shares the next phrase's noun.
        text: "Iranian and Taliban border guards exchanged fire on Saturday.",
        want: &[("IRNCOP", "AFGCOP", "19", "asserted"), ("AFGCOP", "IRNCOP", "19", "asserted")],
        not: &[],
    },
    Case {
        // Soldiers killed in a clash with troops fought them.
        text: "Twenty Indian soldiers were killed in a clash with Chinese troops in the disputed Galwan Valley on Monday.",
        want: &[("INDMIL", "CHNMIL", "190", "asserted"), ("CHNMIL", "INDMIL", "190", "asserted")],
        not: &[],
    },
    Case {
        // Two givers of aid do not give it to each other.
        text: "Australian and New Zealand military aircraft delivered drinking water, shelters and telecommunications equipment to Tonga on Thursday.",
        want: &[("AUSMIL", "TON", "07", "asserted")],
        not: &[("AUSMIL", "NZLMIL"), ("NZLMIL", "AUSMIL")],
    },
    Case {
        // Telling someone in a city is meeting them; a title read as a second subject yields to the name.
        text: "Secretary of State Marco Rubio told Panamanian President Jose Raul Mulino in Panama City on Sunday that the canal was important.",
        want: &[("USALEG", "PANELI", "040", "asserted"), ("PANELI", "USALEG", "040", "asserted")],
        not: &[("PANELI", "PANELI")],
    },
    Case {
        // An infinitive after a time phrase is still the complement of "agreed".
        text: "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud agreed in Ankara on Wednesday to begin technical talks to resolve their dispute.",
        want: &[("ETHGOV", "SOMGOV", "03", "intended"), ("SOMGOV", "ETHGOV", "03", "intended")],
        not: &[],
    },
    Case {
        // Agreeing not to use force is an intent to de-escalate.
        text: "Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali agreed on Thursday not to threaten or use force against each other.",
        want: &[("VENGOV", "GUYGOV", "0356", "intended"), ("GUYGOV", "VENGOV", "0356", "intended")],
        not: &[],
    },
    Case {
        // Coordinated subjects read as the root: the verb heads the sentence.
        text: "Israel and the United Arab Emirates agreed on Thursday to establish full diplomatic relations in a deal brokered by U.S. President Donald Trump.",
        want: &[("ISR", "ARE", "032", "intended"), ("ARE", "ISR", "032", "intended")],
        not: &[("ARE", "USA")],
    },
    Case {
        // An attribution followed by a participle clause is split off; ", warning Moscow" is a participle.
        text: "Russia has massed around 100,000 troops near its border with Ukraine, U.S. Secretary of State Antony Blinken said on Wednesday, warning Moscow it would face serious consequences if it launched a new invasion.",
        want: &[("RUS", "UKR", "15", "asserted"), ("USAGOV", "RUSGOV", "13", "asserted")],
        not: &[("UKRGOV", "RUSGOV")],
    },
    Case {
        // A war named after a state names no party; vessels that arrive pay no visit.
        text: "Shoigu arrived in Pyongyang on Tuesday to attend celebrations marking 70 years since the end of the Korean War, and the first of 10 patrol vessels built in Japan arrived in Manila.",
        want: &[],
        not: &[("RUSMIL", "KOR"), ("JPN", "PHLGOV"), ("JPN", "PHL")],
    },
    Case {
        // A mission's staff belong to the state the sentence names the mission for; an armed group killing officials uses unconventional violence.
        text: "A suicide bomber blew himself up near the entrance to the Russian embassy in Kabul on Monday, killing two embassy employees, in an attack claimed by Islamic State's regional affiliate.",
        want: &[("IMGREB", "RUSGOV", "18", "asserted")],
        not: &[("IMGREB", "AFGLAB")],
    },
    Case {
        // A name the dictionary does not know, after its title phrase and a comma, is the title's.
        text: "Iraq's water resources minister, Mahdi Rashid al-Hamdani, accused Iran on Monday of cutting off the Sirwan and Little Zab rivers.",
        want: &[("IRQGOV", "IRN", "112", "asserted")],
        not: &[],
    },
    Case {
        // A group's national affiliate is the group; a suicide bomber is a bombing, not an aircraft; a sentence's only irregular past after a noun is its verb.
        text: "A suicide bomber from Islamic State's Afghan affiliate struck crowds outside Kabul airport on Thursday, killing 13 U.S. service members.",
        want: &[("IMGREB", "USAMIL", "183", "asserted")],
        not: &[("AFGUAF", "USAMIL")],
    },
    Case {
        // A plane carrying people and goods that lands delivers the goods; "supplies" is supply; "carrying" is no main verb.
        text: "A Chinese plane carrying nine medical experts and 31 tonnes of medical supplies landed in Rome on Thursday.",
        want: &[("CHN", "ITA", "07", "asserted")],
        not: &[("CHN", "ITAGOV")],
    },
    Case {
        // A guest welcomed in the passive: the host's 043 and the guest's 042.
        text: "U.S. President Joe Biden was welcomed by Mexican President Andres Manuel Lopez Obrador at the National Palace in Mexico City on Monday.",
        want: &[("MEXGOV", "USAGOV", "043", "asserted"), ("USAGOV", "MEXGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // A conjoined passive hung low still shares the first clause's subject.
        text: "Saudi King Salman arrived in Cairo on Thursday for his first official visit to Egypt since taking the throne, and was greeted at the airport by President Abdel Fattah al-Sisi.",
        want: &[("EGYGOV", "SAUGOV", "043", "asserted")],
        not: &[],
    },
    Case {
        // "said it would respond" threatens the other side (the naming "what X described as" is no statement).
        text: "Indian warplanes struck what New Delhi described as a militant training camp near Balakot in Pakistan on Tuesday, and Pakistan's military said it would respond at a time and place of its choosing.",
        want: &[("PAKMIL", "INDGOV", "130", "intended")],
        not: &[],
    },
    Case {
        // A second clause ", and the two sides agreed to ..." is parsed apart; the two sides are the two named before.
        text: "Indian Prime Minister Narendra Modi met Chinese Premier Li Qiang in Beijing on Friday, and the two sides agreed to lower tariffs on Indian rice and Chinese electric vehicles.",
        want: &[("INDGOV", "CHNGOV", "030", "intended"), ("CHNGOV", "INDGOV", "030", "intended")],
        not: &[],
    },
    Case {
        // "after four hours of talks" misattached to the object, and talks "between their defence ministers", are the subjects' talks.
        text: "Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha between their defence ministers, Qatar's foreign ministry said on Sunday.",
        want: &[("PAK", "AFG", "040", "asserted"), ("AFG", "PAK", "040", "asserted")],
        not: &[],
    },
    Case {
        // (The object reading.)
        text: "U.S. President Joe Biden and Chinese President Xi Jinping agreed to restore military-to-military communications after four hours of talks at a country estate south of San Francisco on Wednesday.",
        want: &[("USAGOV", "CHNGOV", "040", "asserted"), ("CHNGOV", "USAGOV", "040", "asserted")],
        not: &[],
    },
    Case {
        // attack noun in a reply phrase: the earlier strikes are coded
        text: "Iran fired missiles at a U.S. air base in Qatar in retaliation for American strikes on its nuclear sites.",
        want: &[("USA", "IRN", "195", "asserted")],
        not: &[],
    },
    Case {
        // attack noun after 'retaliation for' with the target phrase hung elsewhere
        text: "Taliban forces attacked Pakistani border posts in what Kabul called retaliation for Pakistani air strikes on Afghan territory.",
        want: &[("PAK", "AFG", "195", "asserted")],
        not: &[],
    },
    Case {
        // labour strikes name no attacker
        text: "French unions staged a third day of nationwide strikes against the government's pension plan.",
        want: &[],
        not: &[("FRA", "FRA")],
    },
    Case {
        // an invasion recalled as a time mark is not coded again
        text: "Talks resumed in Geneva two years after Russia's invasion of Ukraine.",
        want: &[],
        not: &[("RUS", "UKR")],
    },
    Case {
        // a visit by someone to no named place is to where the clause happens, though it hangs from a time phrase
        text: "India and Bangladesh exchanged the instruments of ratification of a border agreement in Dhaka on Saturday, during a visit by Prime Minister Narendra Modi, ending a long dispute.",
        want: &[("INDGOV", "BGDGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // a visit phrase the parser tore apart is read from its words
        text: "India and China signed a border defence cooperation agreement on Wednesday during a visit to Beijing by Indian Prime Minister Narendra Modi, aimed at preventing stand-offs between their troops.",
        want: &[("INDGOV", "CHNGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // 'a visit by X to Y' read from the words
        text: "Indian Prime Minister Narendra Modi praised Guyana as a trusted partner on Thursday during the first visit by an Indian prime minister to the South American country in more than five decades.",
        want: &[("INDGOV", "GUY", "042", "asserted")],
        not: &[],
    },
    Case {
        // with no place named, the reporting state hosted the visit
        text: "Chad said on Thursday it was ending its defence cooperation agreement with France, hours after a visit by the French foreign minister.",
        want: &[("FRAGOV", "TCD", "042", "asserted")],
        not: &[],
    },
    Case {
        // a visit after a comma belongs to the sentence's clause, not the infinitive it was hung on
        text: "British Prime Minister Rishi Sunak pledged 480 million pounds to help France stop migrants crossing the Channel, during a visit to Paris on Friday.",
        want: &[("GBRGOV", "FRAGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // a content word is no preposition: 'cut' after a long subject is the verb
        text: "Saudi Arabia and three of its Arab allies cut diplomatic ties with Qatar on Monday, accusing Doha of supporting terrorism.",
        want: &[("SAU", "QAT", "161", "asserted")],
        not: &[],
    },
    Case {
        // a past form right after a name with an object after it is the clause's verb
        text: "The Economic Community of West African States imposed sanctions on Niger on Sunday and threatened to use force.",
        want: &[("IGOWAFWAS", "NER", "163", "asserted")],
        not: &[],
    },
    Case {
        // missiles fired into the sea are a show of force, not an attack
        text: "China fired ballistic missiles into waters around Taiwan on Thursday as it began military exercises near the island.",
        want: &[("CHN", "TWN", "150", "asserted")],
        not: &[],
    },
    Case {
        // a subject read as a conjunct of the time phrase before it
        text: "At a ceremony hosted by U.S. President Donald Trump at the White House on Friday, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint declaration.",
        want: &[("AZEGOV", "ARMGOV", "057", "asserted"), ("ARMGOV", "AZEGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // a second clause's conjoined subjects hung on the first clause's date
        text: "Saudi Crown Prince Mohammed bin Salman welcomed Chinese President Xi Jinping at the royal palace in Riyadh on Thursday, and Xi and King Salman signed a comprehensive strategic partnership agreement.",
        want: &[("CHNGOV", "SAUGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // a demonym read as the verb's modifier with the subject's name its apposition
        text: "Colombian President Gustavo Petro and ELN commander Antonio Garcia, better known by his nom de guerre Gabino, signed a peace accord in the Caribbean city of Cartagena on Monday.",
        want: &[("COLGOV", "COLREB", "057", "asserted")],
        not: &[],
    },
    Case {
        // naming an act with a condemning word condemns its doer
        text: "Nicaragua has expelled the Vatican's ambassador, the Holy See said on Saturday, calling the decision incomprehensible and unjustified.",
        want: &[("VAT", "NIC", "111", "asserted")],
        not: &[],
    },
    Case {
        // a decision described as unjustified
        text: "Algeria cut diplomatic relations with Morocco on Tuesday, a decision Rabat described as completely unjustified.",
        want: &[("MARGOV", "DZA", "111", "asserted")],
        not: &[],
    },
    Case {
        // calling someone a criminal
        text: "U.S. President Joe Biden called Putin a war criminal.",
        want: &[("USAGOV", "RUSGOV", "111", "asserted")],
        not: &[],
    },
    Case {
        // a name that does not condemn is no condemnation
        text: "U.S. President Joe Biden called the meeting with Xi Jinping extremely productive.",
        want: &[],
        not: &[("USA", "CHN")],
    },
    Case {
        // denouncing an act noun is aimed at its doer
        text: "Japan tightened restrictions on exports to South Korea on Thursday, and Seoul denounced the curbs as economic retaliation.",
        want: &[("KORGOV", "JPN", "111", "asserted")],
        not: &[],
    },
    Case {
        // 'the streets of Havana' places the sentence for unnamed police
        text: "Thousands of Cubans took to the streets of Havana on Sunday, and police detained dozens of demonstrators.",
        want: &[("CUBCOP", "CUBCVL", "173", "asserted")],
        not: &[],
    },
    Case {
        // police firing tear gas at no named target repress their own people
        text: "Thousands of supporters of former Brazilian President Jair Bolsonaro stormed Congress in Brasilia on Sunday, and police fired tear gas to regain control of the buildings.",
        want: &[("BRACOP", "BRACVL", "175", "asserted")],
        not: &[],
    },
    Case {
        // the purpose of firing a weapon is the firer's
        text: "Georgian riot police fired water cannon and tear gas overnight to disperse thousands of protesters outside parliament in Tbilisi.",
        want: &[("GEOCOP", "GEOCVL", "175", "asserted")],
        not: &[],
    },
    Case {
        // fired at people the sentence does not make an actor: not the state's own
        text: "Polish security forces fired water cannon and tear gas at migrants throwing stones across the border on Tuesday.",
        want: &[],
        not: &[("POL", "POL")],
    },
    Case {
        // a list member read as an apposition
        text: "Russian President Vladimir Putin promised on Thursday to send up to 50,000 tonnes of free grain each to Mali, Burkina Faso and Somalia over the next three to four months.",
        want: &[("RUSGOV", "MLI", "03", "intended"), ("RUSGOV", "BFA", "03", "intended"), ("RUSGOV", "SOM", "03", "intended")],
        not: &[],
    },
    Case {
        // a preposition hung on the first word of a compound name
        text: "Russia will ship 25,000 to 50,000 tonnes of free grain each to Burkina Faso, Zimbabwe, Mali and Eritrea in the coming months.",
        want: &[("RUS", "BFA", "03", "intended"), ("RUS", "ZWE", "03", "intended"), ("RUS", "ERI", "03", "intended")],
        not: &[],
    },
    Case {
        // every 'agreed to' is an intention
        text: "Volodymyr Zelenskiy and Vladimir Putin met for the first time at a summit in Paris on Monday and agreed to a full exchange of prisoners.",
        want: &[("UKRGOV", "RUSGOV", "03", "asserted"), ("RUSGOV", "UKRGOV", "03", "asserted")],
        not: &[],
    },
    Case {
        // 'agreed to' a verb without a pattern is still an intention, to whom the sentence names next
        text: "Iran has agreed to let the International Atomic Energy Agency reinstall surveillance cameras at several nuclear sites, the agency's chief said on Saturday.",
        want: &[("IRN", "IGOUNOIAE", "030", "intended")],
        not: &[],
    },
    Case {
        // two parties agreeing about one of them agree with each other
        text: "Russia and Ukraine agreed in Istanbul on Friday to let grain ships sail from three Ukrainian Black Sea ports.",
        want: &[("RUS", "UKR", "030", "intended"), ("UKR", "RUS", "030", "intended")],
        not: &[],
    },
    Case {
        // a vow to retaliate is aimed at everyone who struck
        text: "U.S. and British warplanes and warships struck more than 60 Houthi targets across Yemen early on Friday, and the Houthis vowed to retaliate.",
        want: &[("YEMREB", "USAMIL", "138", "intended"), ("YEMREB", "GBRMIL", "138", "intended")],
        not: &[],
    },
    Case {
        // a threat that names no one is aimed at the sentence's other party
        text: "Myanmar's military detained Aung San Suu Kyi in a coup on Monday, and U.S. President Joe Biden threatened to reimpose sanctions.",
        want: &[("USAGOV", "MMRELI", "13", "intended")],
        not: &[],
    },
    Case {
        // a counted crowd protests as the people of the place; 'as' read as a preposition with the subject its object
        text: "Kenyan police fired tear gas and live rounds at protesters in Nairobi on Tuesday as thousands marched against President William Ruto's proposed tax increases.",
        want: &[("KENCOP", "KENCVL", "175", "asserted"), ("KENCVL", "KENGOV", "14", "asserted")],
        not: &[],
    },
    Case {
        // hurling rocks at a building is a violent protest
        text: "Thousands of Chinese protesters hurled rocks and plastic bottles at the Japanese embassy in Beijing on Saturday.",
        want: &[("CHNCVL", "JPNGOV", "145", "asserted")],
        not: &[],
    },
    Case {
        // a gerund inside a list of nouns is a noun modifier; relief among the goods makes them aid
        text: "A train carrying 3,700 tonnes of Uzbek flour, sugar, cooking oil and medicines arrived in the northern Afghan city of Mazar-i-Sharif on Tuesday.",
        want: &[("UZB", "AFG", "073", "asserted")],
        not: &[],
    },
    Case {
        // an airdrop of food is humanitarian aid
        text: "U.S. Air Force C-130 cargo planes dropped more than 38,000 meals into Gaza on Saturday.",
        want: &[("USAMIL", "PSE", "073", "asserted")],
        not: &[],
    },
    Case {
        // condemning 'what X called' an act condemns its doer
        text: "Belarusian police arrested dissident journalist Roman Protasevich on Sunday, and the European Union condemned what it called a state hijacking.",
        want: &[("IGOEUREEC", "BLRCOP", "111", "asserted")],
        not: &[],
    },
    Case {
        // not agreeing to an act with no pattern of its own is a refusal
        text: "Russia did not agree to extend the deal with Ukraine.",
        want: &[("RUS", "UKR", "120", "asserted")],
        not: &[],
    },
    Case {
        // a subordinator read as the first name's preposition: both met
        text: "Talks resumed on Monday as Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels.",
        want: &[("ARMGOV", "AZEGOV", "040", "asserted"), ("AZEGOV", "ARMGOV", "040", "asserted")],
        not: &[],
    },
    Case {
        // agreeing that something will be done is an intention; talks after a comma are the agreers'
        text: "Chilean President Gabriel Boric and Argentine President Alberto Fernandez agreed that neither country would raise tariffs on the other's goods, after talks in Santiago.",
        want: &[("CHLGOV", "ARGGOV", "030", "intended"), ("ARGGOV", "CHLGOV", "030", "intended"), ("CHLGOV", "ARGGOV", "040", "asserted"), ("ARGGOV", "CHLGOV", "040", "asserted")],
        not: &[],
    },
    Case {
        // agreeing about a present fact is accord, not an intention
        text: "French President Emmanuel Macron and German Chancellor Olaf Scholz agreed that trade between their countries was growing.",
        want: &[("FRAGOV", "DEUGOV", "019", "asserted"), ("DEUGOV", "FRAGOV", "019", "asserted")],
        not: &[],
    },
    Case {
        // a listed subject whose first members were read as the verb's bare oblique; the past tense read as a participle after a common noun
        text: "Kenyan and Ugandan warplanes, drones and a helicopter struck more than 20 al-Shabaab camps in southern Somalia overnight, the Kenyan army said.",
        want: &[("KENMIL", "SOMREB", "195", "asserted"), ("UGAMIL", "SOMREB", "195", "asserted")],
        not: &[],
    },
    Case {
        // a second clause with a coordinated subject after ', and'
        text: "French warplanes opened the Western military intervention in Libya on Saturday by destroying several tanks and armoured vehicles outside Benghazi, and U.S. and British warships and submarines then fired more than 110 Tomahawk missiles at Libyan air defences.",
        want: &[("USAMIL", "LBYMIL", "194", "asserted"), ("GBRMIL", "LBYMIL", "194", "asserted")],
        not: &[],
    },
    Case {
        // the participle complement after an apposition's comma
        text: "A Turkish court ordered Istanbul Mayor Ekrem Imamoglu, the main rival of President Erdogan, jailed pending trial on Sunday.",
        want: &[("TURJUD", "TUROPP", "173", "asserted")],
        not: &[],
    },
    Case {
        // a subordinate clause read as the root: the accusation is the main clause's
        text: "The Saudi-led coalition closed all ports to Yemen on Monday, a day after the Houthis fired a ballistic missile towards Riyadh, and accused Iran of supplying the missile.",
        want: &[("SAU", "IRN", "112", "asserted"), ("YEMREB", "SAUGOV", "194", "asserted")],
        not: &[("YEMREB", "IRN")],
    },
    Case {
        // 'following' as a preposition: the talks were the agreers', the mediator mediated
        text: "Armenia and Azerbaijan agreed to a prisoner exchange following talks in Abu Dhabi mediated by the United Arab Emirates.",
        want: &[("ARM", "AZE", "040", "asserted"), ("AZE", "ARM", "040", "asserted"), ("ARE", "ARM", "045", "asserted"), ("ARE", "AZE", "045", "asserted")],
        not: &[],
    },
    Case {
        // a time phrase after a comma belongs to the clause; a list of mediators read as a verb's conjunct; mediation hung on the span of time
        text: "Serbia and Kosovo agreed on Friday to a swap of prisoners for detained police officers, after months of negotiations mediated by Hungary, Austria and the United States, the Serbian foreign ministry said.",
        want: &[("SRB", "KSV", "046", "asserted"), ("KSV", "SRB", "046", "asserted"), ("HUN", "SRB", "045", "asserted"), ("AUT", "KSV", "045", "asserted"), ("USA", "SRB", "045", "asserted"), ("USA", "KSV", "045", "asserted")],
        not: &[],
    },
    Case {
        // a host receiving a visitor, in the passive: the host's 043 and the visitor's 042
        text: "Kenyan President William Ruto was received at Bole airport by Ethiopian Prime Minister Abiy Ahmed on Friday.",
        want: &[("ETHGOV", "KENGOV", "043", "asserted"), ("KENGOV", "ETHGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // 'red carpet' is no entertainment story; 'before the two leaders held' is a clause; hours of talks are talks; the greeted guest still visits
        text: "Egyptian President Abdel Fattah al-Sisi greeted Sudanese army chief Abdel Fattah al-Burhan on a red carpet at the presidential palace in Cairo before the two leaders held nearly three hours of talks.",
        want: &[("EGYGOV", "SDNGOV", "043", "asserted"), ("SDNGOV", "EGYGOV", "042", "asserted"), ("EGYGOV", "SDNGOV", "040", "asserted"), ("SDNGOV", "EGYGOV", "040", "asserted")],
        not: &[],
    },
    Case {
        // a hyphenated name read as the root with its verb a modifier; the guest a bare oblique; 'held' an adjective of 'talks'
        text: "Egyptian President Abdel Fattah al-Sisi greeted Sudanese army chief Abdel Fattah al-Burhan in Cairo before the two leaders held talks.",
        want: &[("EGYGOV", "SDNGOV", "043", "asserted"), ("SDNGOV", "EGYGOV", "042", "asserted"), ("EGYGOV", "SDNGOV", "040", "asserted"), ("SDNGOV", "EGYGOV", "040", "asserted")],
        not: &[],
    },
    Case {
        // ferrying relief is humanitarian aid
        text: "Indian air force planes have ferried more than 200 tonnes of relief supplies to earthquake victims in Nepal.",
        want: &[("INDMIL", "NPLCVL", "073", "asserted")],
        not: &[],
    },
    Case {
        // embracing an arriving guest hosts him; the guest visits
        text: "Emirati President Mohamed bin Zayed embraced Egyptian President Abdel Fattah al-Sisi as he stepped off his plane in Abu Dhabi.",
        want: &[("AREGOV", "EGYGOV", "043", "asserted"), ("EGYGOV", "AREGOV", "042", "asserted")],
        not: &[],
    },
    Case {
        // the inviter's intent to meet the visitor
        text: "Ghanaian President Nana Akufo-Addo will pay a state visit to Nigeria next month at the invitation of President Bola Tinubu.",
        want: &[("NGAGOV", "GHAGOV", "036", "intended")],
        not: &[],
    },
    Case {
        // 'the two rivals' are the agreers; one party per state
        text: "Armenia and Azerbaijan agreed on Friday to reopen border crossings after two days of talks in Moscow between the two rivals' foreign ministers.",
        want: &[("ARM", "AZE", "040", "asserted"), ("AZE", "ARM", "040", "asserted")],
        not: &[("ARM", "ARMGOV"), ("AZEGOV", "ARM")],
    },
    Case {
        // troops posted into a state are protection (074), agreed to: 0334
        text: "NATO agreed to deploy four battalions to Poland, Lithuania, Latvia and Estonia.",
        want: &[("IGOWSTNAT", "POL", "0334", "intended"), ("IGOWSTNAT", "EST", "0334", "intended")],
        not: &[],
    },
    Case {
        // 'along' marks a target; a border's other side
        text: "Serbia has deployed soldiers along its border with Kosovo.",
        want: &[("SRB", "KSV", "154", "asserted")],
        not: &[],
    },
    Case {
        // a meeting's venue is no place of the sentence's other acts
        text: "After talks in Doha mediated by Qatar, Afghanistan and Pakistan agreed to an immediate ceasefire, following a week of border clashes and Pakistani air strikes that killed dozens of people.",
        want: &[("QAT", "AFG", "045", "asserted")],
        not: &[("PAK", "QATCVL")],
    },
    Case {
        // ending hours of talks: the talks were held
        text: "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping ended two hours of talks in Kazan on Wednesday without announcing a deal.",
        want: &[("INDGOV", "CHNGOV", "040", "asserted"), ("CHNGOV", "INDGOV", "040", "asserted")],
        not: &[],
    },
    Case {
        // ending talks with someone breaks them off
        text: "Colombian President Gustavo Petro ended peace talks with the ELN rebels on Friday.",
        want: &[("COLGOV", "COLREB", "164", "asserted")],
        not: &[],
    },
    Case {
        // no guest of a summit one did not attend
        text: "The Nigerien leader did not attend a summit of West African leaders hosted by Senegalese President Macky Sall in Dakar.",
        want: &[],
        not: &[("SENGOV", "NER"), ("SENGOV", "NERGOV")],
    },
    Case {
        // declaring an end to a war is a truce
        text: "Ethiopia and Eritrea declared an end to the war on Monday.",
        want: &[("ETH", "ERI", "0871", "asserted")],
        not: &[],
    },
    Case {
        // a continent is no party: the visit to Tanzania only
        text: "Chinese President Xi Jinping arrived in Tanzania on Sunday on his first trip to Africa since taking office.",
        want: &[("CHNGOV", "TZA", "042", "asserted")],
        not: &[("CHNGOV", "AFR")],
    },
    Case {
        // a count read as the head of 'after ... hours'
        text: "Armenia and Azerbaijan agreed to a humanitarian ceasefire from midday on Saturday after more than 10 hours of talks in Moscow brokered by Russia, Foreign Minister Sergei Lavrov said.",
        want: &[("ARM", "AZE", "040", "asserted"), ("AZE", "ARM", "040", "asserted"), ("RUS", "ARM", "045", "asserted")],
        not: &[],
    },
    Case {
        // meetings with someone during a span of days
        text: "UN envoy Hans Grundberg said on Wednesday the talks would resume next month, after three days of meetings with Yemeni President Rashad al-Alimi in Riyadh.",
        want: &[("IGOUNO", "YEMGOV", "040", "asserted"), ("YEMGOV", "IGOUNO", "040", "asserted")],
        not: &[],
    },
    Case {
        // 'told visiting X': the visitor is the object, not a clause; the host met the visitor
        text: "Tajik President Emomali Rahmon told visiting Pakistani Foreign Minister Shah Mahmood Qureshi on Wednesday that Dushanbe would not recognise a Taliban government.",
        want: &[("PAKELI", "TJKGOV", "042", "asserted"), ("TJKGOV", "PAKELI", "040", "asserted")],
        not: &[],
    },
    Case {
        // beside the Union, Brussels is the Union
        text: "The European Union and Tunisia signed a memorandum of understanding on Sunday to fight migrant smuggling and boost trade, with Brussels offering 105 million euros for border management and 150 million euros in budget support.",
        want: &[("IGOEUREEC", "TUN", "03", "asserted")],
        not: &[("BELGOV", "TUN")],
    },
    Case {
        // what an appeal asks is not done: the infinitive of 'urged X to' is the verb's complement
        text: "Yunus urged Chinese companies to invest in Bangladesh.",
        want: &[("BGD", "CHNBUS", "020", "asserted"), ("CHNBUS", "BGD", "061", "hypothetical")],
        not: &[],
    },
    Case {
        // beginning talks is negotiating
        text: "Representatives of Sudan's army and the paramilitary Rapid Support Forces began talks in the Saudi city of Jeddah on Saturday.",
        want: &[("SDNMIL", "SDNREB", "046", "asserted"), ("SDNREB", "SDNMIL", "046", "asserted")],
        not: &[],
    },
    Case {
        // 'his government' is not the government of the place the talks will be held
        text: "Colombian President Juan Manuel Santos said on Tuesday that his government would open formal peace talks with the FARC guerrillas in Oslo in October.",
        want: &[],
        not: &[("NORGOV", "COLREB")],
    },
    Case {
        // a reported clause read as a noun phrase with its verb a modifier
        text: "Russian coast guard vessels rammed and fired on three Ukrainian navy ships off Crimea on Sunday, before seizing the vessels and detaining their 24 crew members, Ukraine's navy said.",
        want: &[("RUSMIL", "UKRMIL", "193", "asserted")],
        not: &[],
    },
    Case {
        // a cut in relations coordinated with an act aimed at someone is aimed at them
        text: "Pakistan expelled India's ambassador and suspended bilateral trade on Wednesday.",
        want: &[("PAK", "INDGOV", "174", "asserted"), ("PAK", "INDGOV", "16", "asserted")],
        not: &[],
    },
    Case {
        // ', and NAME responded by VERBing' is a second clause
        text: "The United States recognised Venezuelan opposition leader Juan Guaido as the country's interim president on Wednesday, and Nicolas Maduro responded by breaking off diplomatic relations with Washington.",
        want: &[("VENGOV", "USAGOV", "161", "asserted")],
        not: &[],
    },
    Case {
        // two titled names (one title lowercase) read as the root with the verb a conjunct
        text: "Colombian President Gustavo Petro and ELN commander Antonio Garcia, known as Gabino, signed a ceasefire agreement in Havana on Friday.",
        want: &[("COLGOV", "COLREB", "057", "asserted"), ("COLREB", "COLGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // a visit is to a place, not between its visitors
        text: "Bashar al-Assad and his family had arrived in Moscow.",
        want: &[],
        not: &[("SYRGOV", "SYRCVL"), ("SYRCVL", "SYRGOV")],
    },
    Case {
        // an act aimed at the doer's own state is aimed at the other party of the deal; reimposed sanctions; a verdict on 'a decision that X criticised' is aimed at the decider
        text: "U.S. President Donald Trump pulled the United States out of the 2015 nuclear agreement with Iran on Tuesday and reimposed sanctions on Tehran, a decision that Britain, France and Germany criticised in a joint statement.",
        want: &[("USAOPP", "IRN", "16", "asserted"), ("USAOPP", "IRNGOV", "163", "asserted"), ("GBR", "USAOPP", "111", "asserted"), ("DEU", "USAOPP", "111", "asserted")],
        not: &[],
    },
    Case {
        // 'the country' after a threat is not the threatener's own
        text: "Myanmar's military detained Aung San Suu Kyi in a coup on Monday, and U.S. President Joe Biden threatened to reimpose sanctions on the country.",
        want: &[("USAGOV", "MMR", "13", "intended")],
        not: &[("USAGOV", "USA")],
    },
    Case {
        // a topic phrase's noun is no word of the verb's pattern: ending a dispute over a deal does not end the deal
        text: "Ethiopia and Somalia agreed in Ankara on Wednesday to work towards ending a bitter dispute over Ethiopia's port deal with the breakaway region of Somaliland.",
        want: &[],
        not: &[("ETH", "SOMSEP"), ("SOM", "SOMSEP")],
    },
    Case {
        // 'its diplomats' after an act aimed at others: the last state named that is not the doer's
        text: "Venezuelan President Nicolas Maduro said on Saturday he was breaking off diplomatic relations with Colombia and gave its diplomats 24 hours to leave.",
        want: &[("VENGOV", "COL", "161", "asserted"), ("VENGOV", "COLGOV", "174", "asserted")],
        not: &[],
    },
    Case {
        // reopening their embassies is their own act, not China's embassies
        text: "After four days of talks in Beijing, Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months.",
        want: &[],
        not: &[("SAU", "CHNGOV"), ("IRN", "CHNGOV")],
    },
    Case {
        // a national adjective before a noun is no common noun
        text: "Turkish F-16 jets shot down a Russian warplane near the Syrian border on Tuesday, the first time a NATO member has downed a Russian military aircraft in half a century.",
        want: &[("TUR", "RUSMIL", "19", "asserted")],
        not: &[],
    },
    Case {
        // a bare statement beside a more telling act between the same parties goes
        text: "President Joe Biden spoke by telephone with Saudi Crown Prince Mohammed bin Salman on Tuesday to brief him on the talks.",
        want: &[("USAGOV", "SAU", "041", "asserted")],
        not: &[("USAGOV", "SAUGOV")],
    },
    Case {
        // a football tournament is sport
        text: "Neymar scored the decisive penalty as Brazil beat Germany in a shootout to win the Olympic men's football tournament.",
        want: &[],
        not: &[("BRA", "DEU")],
    },
    Case {
        // 'neighbouring' before a name is an adjective; 'his government' is the government of the person 'his' stands for
        text: "Congolese President Felix Tshisekedi on Sunday accused neighbouring Rwanda of seeking to destabilise eastern Congo, and his government gave Kigali's ambassador Vincent Karega 48 hours to leave the country.",
        want: &[("CODGOV", "RWA", "112", "asserted"), ("CODGOV", "RWAGOV", "174", "asserted")],
        not: &[],
    },
    Case {
        // the purpose of an appeal is asked for, not done
        text: "Ecuadorian President Daniel Noboa appealed to the United States on Thursday for weapons to help his security forces fight the country's drug gangs.",
        want: &[("ECU", "USA", "02", "asserted"), ("ECUCOP", "ECUCRM", "190", "hypothetical")],
        not: &[],
    },
    Case {
        // force near a place is aimed at it
        text: "French fighter jets bombed rebel positions near the central Malian town of Konna on Friday.",
        want: &[("FRAMIL", "MLI", "195", "asserted")],
        not: &[],
    },
    Case {
        // a state's forces striking its own town strike its people
        text: "Syrian government helicopters dropped barrel bombs on Aleppo on Sunday, killing at least 20 people.",
        want: &[("SYRGOV", "SYRCVL", "195", "asserted")],
        not: &[],
    },
    Case {
        // prison sentences are detention (173)
        text: "A court in Minsk sentenced an opposition politician to 11 years in prison on Monday.",
        want: &[("BLRJUD", "BLROPP", "173", "asserted")],
        not: &[],
    },
    Case {
        // reduced relative read as an adverbial clause; place of the camp
        text: "Fighters linked to Islamic State attacked a military camp in western Niger on Tuesday, killing 71 soldiers.",
        want: &[("IMGREB", "NER", "190", "asserted")],
        not: &[],
    },
    Case {
        // targets linked to a group are the group's
        text: "U.S. bombers struck more than 85 targets linked to Iran's Revolutionary Guards in Iraq and Syria on Friday.",
        want: &[("USA", "IRNMIL", "195", "asserted")],
        not: &[],
    },
    Case {
        // an unseen irregular past is no preposition
        text: "Islamic State fighters overran Iraq's second city of Mosul on Tuesday.",
        want: &[("IMGREB", "IRQ", "192", "asserted")],
        not: &[],
    },
    Case {
        // participle with an object after a subordinator is a past tense; the group is not the city
        text: "Israeli jets struck Hezbollah weapons depots near the southern Lebanese city of Sidon on Tuesday, hours after the group fired a barrage of rockets at northern Israel.",
        want: &[("LBNRAD", "ISR", "19", "asserted")],
        not: &[],
    },
    Case {
        // no reduced relative across a subordinate clause
        text: "Russian gas stopped flowing to Europe through Ukraine on Wednesday after Kyiv refused to extend a transit agreement with Moscow.",
        want: &[("UKRGOV", "RUSGOV", "120", "asserted")],
        not: &[],
    },
    Case {
        // shut border with
        text: "Lithuania shut its border with Belarus on Monday for at least a month.",
        want: &[("LTU", "BLR", "191", "asserted")],
        not: &[],
    },
    Case {
        // talks set off by a comma, hung on a date
        text: "Serbian President Aleksandar Vucic and Kosovo Prime Minister Avdullah Hoti signed a deal on economic normalisation at the White House on Friday, in talks brokered by U.S. President Donald Trump.",
        want: &[("SRBGOV", "KSVELI", "040", "asserted"), ("KSVELI", "SRBGOV", "040", "asserted"), ("USAOPP", "SRBGOV", "045", "asserted")],
        not: &[],
    },
    Case {
        // talks after a comma belong to the main clause; broad is no past tense
        text: "Serbian Prime Minister Ivica Dacic and his Kosovo counterpart Hashim Thaci initialled a 15-point deal in Brussels on Friday giving Serb-majority municipalities in northern Kosovo broad autonomy, in talks brokered by the European Union.",
        want: &[("SRBGOV", "KSVOPP", "040", "asserted"), ("KSVOPP", "SRBGOV", "040", "asserted")],
        not: &[],
    },
    Case {
        // North and South Korea names two states
        text: "Officials from North and South Korea agreed at talks in the border village of Panmunjom on Monday to reconnect railways and roads.",
        want: &[("PRKGOV", "KORGOV", "040", "asserted"), ("KORGOV", "PRKGOV", "040", "asserted")],
        not: &[],
    },
    Case {
        // gerund after a preposition before a name
        text: "Taiwanese President Tsai Ing-wen returned from meeting U.S. House Speaker Kevin McCarthy in California.",
        want: &[("TWNGOV", "USALEG", "040", "asserted")],
        not: &[],
    },
    Case {
        // a past conjunct of an infinitive belongs to the main clause
        text: "Iranian President Hassan Rouhani began his first official visit to Iraq on Monday, seeking to raise annual trade to $20 billion as U.S. sanctions squeeze Iran's economy, and signed agreements with Baghdad on a railway link and easier visas.",
        want: &[("IRNELI", "IRQGOV", "057", "asserted"), ("IRQGOV", "IRNELI", "057", "asserted")],
        not: &[],
    },
    Case {
        // contact relative with a noun-phrase subject
        text: "Russia will supply Mali with 200,000 tonnes of petroleum products under an agreement the two governments signed in Moscow on Tuesday, Malian officials said.",
        want: &[("RUS", "MLI", "057", "asserted"), ("MLI", "RUS", "057", "asserted")],
        not: &[],
    },
    Case {
        // a joint foundation stone is economic cooperation both ways
        text: "Iranian First Vice President Mohammad Mokhber and Iraqi Prime Minister Mohammed Shia al-Sudani laid the foundation stone on Saturday for a 32-km railway linking Shalamcheh to Basra.",
        want: &[("IRNGOV", "IRQGOV", "061", "asserted"), ("IRQGOV", "IRNGOV", "061", "asserted")],
        not: &[],
    },
    Case {
        // subject read as oblique, its apposition as subject
        text: "Iraq's national security adviser, Qasim al-Araji, and Iran's Ali Shamkhani signed a border security agreement in Baghdad on Sunday.",
        want: &[("IRQGOV", "IRNGOV", "057", "asserted"), ("IRNGOV", "IRQGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // a killing by an air strike is the strike (195), not an assassination
        text: "A U.S. drone strike at Baghdad airport killed Iranian Revolutionary Guards commander Qassem Soleimani early on Friday.",
        want: &[("USAMIL", "IRNELI", "195", "asserted")],
        not: &[],
    },
    Case {
        // a state's ships blocking another's boats restrict movement (191), not a protest
        text: "Chinese coast guard ships blocked and fired water cannon at Philippine government supply boats heading to Second Thomas Shoal on Sunday.",
        want: &[("CHNMIL", "PHL", "191", "asserted")],
        not: &[],
    },
    Case {
        // a participle with a complement after a subordinator; place of what the speaker named
        text: "Pakistan said it had shot down two Indian military jets over Kashmir on Wednesday, a day after Indian warplanes struck what New Delhi called a militant camp inside Pakistani territory.",
        want: &[("INDMIL", "PAK", "195", "asserted"), ("PAK", "INDMIL", "193", "asserted")],
        not: &[],
    },
    Case {
        // the town of X in Y
        text: "Indian warplanes struck what New Delhi called a militant training camp near the town of Balakot in Pakistan on Tuesday.",
        want: &[("INDMIL", "PAK", "195", "asserted")],
        not: &[],
    },
    Case {
        // an order signed is the signer's act; imports from X are X's
        text: "President Donald Trump signed an order on Saturday imposing 25 percent tariffs on imports from Canada and Mexico.",
        want: &[("USAOPP", "CAN", "163", "asserted"), ("USAOPP", "MEX", "163", "asserted")],
        not: &[],
    },
    Case {
        // the nation of X is X
        text: "The Pacific island nation of Nauru said on Monday it was severing diplomatic ties with Taiwan.",
        want: &[("NRU", "TWN", "161", "asserted")],
        not: &[],
    },
    Case {
        // suspending a treaty
        text: "India suspended the 1960 Indus Waters Treaty with Pakistan on Wednesday.",
        want: &[("IND", "PAK", "160", "asserted")],
        not: &[],
    },
    Case {
        // freezing participation in a bloc
        text: "Armenia has frozen its participation in the Russian-led CSTO military alliance, Prime Minister Nikol Pashinyan said.",
        want: &[("ARM", "IGOEEUCST", "160", "asserted")],
        not: &[],
    },
    Case {
        // a hyphenated gerund modifies the noun after it
        text: "South Korea and Japan signed a military intelligence-sharing agreement in Seoul on Wednesday.",
        want: &[("KOR", "JPN", "057", "asserted"), ("JPN", "KOR", "057", "asserted")],
        not: &[],
    },
    Case {
        // an absolute clause with its own subject is no signed content
        text: "Ukraine and the United States signed a 10-year bilateral security agreement on Thursday, with President Joe Biden pledging to keep weapons flowing to Kyiv for as long as needed.",
        want: &[("USAGOV", "UKRGOV", "030", "asserted")],
        not: &[],
    },
    Case {
        // money names no party
        text: "Australia pledged 200 million Australian dollars to Papua New Guinea.",
        want: &[("AUS", "PNG", "030", "asserted")],
        not: &[("AUS", "AUS")],
    },
    Case {
        // a with-party hung on a currency is still a party
        text: "Saudi utility developer ACWA Power signed agreements worth 7.7 billion dollars with Uzbekistan on Thursday.",
        want: &[("SAUBUS", "UZB", "057", "asserted")],
        not: &[],
    },
    Case {
        // contact relative after a comma; a verdict on a visit is aimed at the visitor
        text: "Hungarian Prime Minister Viktor Orban met Vladimir Putin in Moscow on Friday, a visit European Union leaders criticised.",
        want: &[("IGOEUREEC", "HUNGOV", "111", "asserted")],
        not: &[],
    },
    Case {
        // a verdict on a deal hung deep in the clause
        text: "Turkish Foreign Minister Mevlut Cavusoglu and his Libyan counterpart Najla Mangoush signed a preliminary accord on oil and gas exploration in Tripoli on Monday, a deal that Greece immediately denounced as illegal and unacceptable.",
        want: &[("GRC", "TURELI", "111", "asserted"), ("GRC", "LBYELI", "111", "asserted")],
        not: &[],
    },
    Case {
        // a truce taking effect is declared by both its parties
        text: "A ceasefire between Israel and Hezbollah took effect at dawn on Wednesday.",
        want: &[("ISR", "LBNRAD", "0871", "asserted"), ("LBNRAD", "ISR", "0871", "asserted")],
        not: &[],
    },
    Case {
        // an -ing word between a count and a noun is a modifier
        text: "Hamas released the last 20 living Israeli hostages on Monday.",
        want: &[("PSERAD", "ISRCVL", "0841", "asserted")],
        not: &[],
    },
    Case {
        // a participle between a count and its noun is a modifier
        text: "Venezuela released two detained Americans on Tuesday.",
        want: &[("VEN", "USACVL", "0841", "asserted")],
        not: &[],
    },
    Case {
        // state forces on a crowd at home repress its civilians
        text: "Venezuelan troops fired tear gas at crowds trying to bring food and medicine across the Simon Bolivar bridge from Colombia on Saturday.",
        want: &[("VENMIL", "VENCVL", "175", "asserted")],
        not: &[("VENMIL", "COL")],
    },
    Case {
        // whom a march protests is not whom the police fired on
        text: "Nicaraguan riot police and pro-government gunmen opened fire on a march against President Daniel Ortega in Managua on Wednesday.",
        want: &[("NICCOP", "NICCVL", "175", "asserted")],
        not: &[("NICCOP", "NICGOV")],
    },
    Case {
        // a deadline given to a party is an ultimatum
        text: "Leaders of the West African bloc ECOWAS gave Niger's junta one week to free and reinstate President Mohamed Bazoum on Sunday.",
        want: &[("IGOWAFWAS", "NERMIL", "139", "asserted")],
        not: &[],
    },
    Case {
        // a warning of one's own act is aimed at whom the act is; a condition is hypothetical
        text: "Turkish President Tayyip Erdogan warned on Tuesday that Turkey could cut diplomatic ties with Israel if the United States recognised Jerusalem as Israel's capital.",
        want: &[("TURGOV", "ISR", "130", "asserted"), ("USA", "ISRGOV", "054", "hypothetical")],
        not: &[("TURGOV", "TUR")],
    },
    Case {
        // a warning of one's own act is aimed at whom the act is
        text: "Egyptian President Abdel Fattah al-Sisi warned on Saturday that Egyptian troops could intervene in neighbouring Libya.",
        want: &[("EGYGOV", "LBY", "130", "asserted")],
        not: &[("EGYGOV", "EGYMIL")],
    },
    Case {
        // approving an amount in assistance for a country
        text: "The IMF approved $3.4 billion in emergency financial assistance for Nigeria on Tuesday.",
        want: &[("IGOUNOIMF", "NGA", "071", "asserted")],
        not: &[],
    },
    Case {
        // a disaster participle names no act; the carrying vehicle's destination
        text: "The United Arab Emirates sent two aircraft carrying 100 tonnes of food, tents and medical supplies to earthquake-hit western Afghanistan on Monday.",
        want: &[("ARE", "AFG", "070", "asserted")],
        not: &[],
    },
    Case {
        // a plane arriving with relief goods delivers them, it pays no visit
        text: "An Australian air force C-17 landed in Tonga on Thursday with water, shelter kits and communications equipment.",
        want: &[("AUSMIL", "TON", "073", "asserted")],
        not: &[],
    },
    Case {
        // arriving with a delegation is a visit
        text: "Iranian President Ebrahim Raisi arrived in Caracas on Monday with a large delegation.",
        want: &[("IRNGOV", "VEN", "042", "asserted")],
        not: &[],
    },
    Case {
        // protesters repressed were protesting against their government
        text: "Georgian riot police fired water cannon and tear gas at thousands of demonstrators outside parliament in Tbilisi for a fourth straight night on Sunday.",
        want: &[("GEOCOP", "GEOCVL", "175", "asserted"), ("GEOCVL", "GEOGOV", "141", "asserted")],
        not: &[],
    },
    Case {
        // a spatial preposition under the object satisfies the pattern; an adjective used as a noun heads the subject
        text: "China's military staged large-scale drills around Taiwan on Tuesday, sending warships and warplanes to practise blockading the island.",
        want: &[("CHNMIL", "TWN", "150", "asserted")],
        not: &[],
    },
    Case {
        // the Chinese military is a noun phrase, staged its verb
        text: "The Chinese military staged drills around Taiwan.",
        want: &[("CHNMIL", "TWN", "150", "asserted")],
        not: &[],
    },
    Case {
        // a deal's requirement is the required party's act; mediators of a truce taking effect
        text: "A ceasefire between Israel and Hezbollah took effect at dawn on Wednesday under a deal brokered by the United States and France that requires Israeli troops to withdraw from southern Lebanon within 60 days.",
        want: &[("USA", "ISR", "045", "asserted"), ("FRA", "LBNRAD", "045", "asserted"), ("ISRMIL", "LBN", "0874", "hypothetical")],
        not: &[("USA", "FRA")],
    },
    Case {
        // private people arriving pay no visit
        text: "Five U.S. citizens released by Iran in a prisoner exchange mediated by Qatar landed in Doha on Monday.",
        want: &[("IRN", "USACVL", "0841", "asserted")],
        not: &[("USACVL", "QAT")],
    },
    Case {
        // a cut in relations joined to one aimed at a state is aimed at it
        text: "Bolivia broke off diplomatic relations with Israel on Tuesday over its offensive in the Gaza Strip, while Colombia and Chile recalled their ambassadors for consultations.",
        want: &[("COL", "ISR", "161", "asserted"), ("CHL", "ISR", "161", "asserted")],
        not: &[],
    },
    Case {
        // did the same: the joined clause's act by its own subject
        text: "Bahrain cut diplomatic ties with Iran on Monday, a day after Saudi Arabia did the same.",
        want: &[("SAU", "IRN", "161", "asserted")],
        not: &[],
    },
    Case {
        // followed suit
        text: "Britain expelled 23 Russian diplomats, and Germany followed suit.",
        want: &[("DEU", "RUSGOV", "174", "asserted")],
        not: &[("DEU", "DEU")],
    },
    Case {
        // talks broken off are broken off with their other parties, not the mediator
        text: "Ethiopia pulled out of the final round of U.S.-brokered talks with Egypt and Sudan on its Nile dam.",
        want: &[("ETH", "EGY", "164", "asserted"), ("ETH", "SDN", "164", "asserted")],
        not: &[("ETH", "USA")],
    },
    Case {
        // leaders overseeing a signing sign with each other
        text: "Chinese President Xi Jinping and Cambodian Prime Minister Hun Manet oversaw the signing of 37 cooperation agreements in Phnom Penh on Thursday.",
        want: &[("CHNGOV", "KHMGOV", "057", "asserted"), ("KHMGOV", "CHNGOV", "057", "asserted")],
        not: &[],
    },
    Case {
        // fighting that breaks out with a party is between it and the clause above's subject
        text: "Armenia declared martial law and a general military mobilisation on Sunday after fighting broke out with Azerbaijan over the breakaway region of Nagorno-Karabakh.",
        want: &[("ARM", "AZE", "190", "asserted"), ("AZE", "ARM", "190", "asserted")],
        not: &[],
    },
    Case {
        // the two sides are not a place phrase's state
        text: "Representatives of Sudan's army and the paramilitary Rapid Support Forces began talks in the Saudi city of Jeddah on Saturday, three weeks after fighting erupted between the two sides.",
        want: &[("SDNMIL", "SDNREB", "190", "asserted")],
        not: &[("SDNREB", "SAU"), ("SAU", "SDNREB")],
    },
    Case {
        // a second clause's subject after ', and' is not coordinated with the first clause's object
        text: "Israel struck Hezbollah positions, and Iran warned Israel against escalation.",
        want: &[("IRN", "ISR", "130", "asserted")],
        not: &[("LBNRAD", "ISR")],
    },
    Case {
        // 'es' inside a name is part of it
        text: "Chinese President Xi Jinping arrived in Tanzania on Sunday and was welcomed at Dar es Salaam airport by President Jakaya Kikwete.",
        want: &[("TZAOPP", "CHNGOV", "043", "asserted")],
        not: &[],
    },
];

fn code(pipeline: &Pipeline, text: &str) -> Vec<(String, String, String, String)> {
    let doc = InputDoc {
        id: "t".into(),
        date: NaiveDate::from_ymd_opt(2023, 9, 5),
        text: text.into(),
        ..Default::default()
    };
    pipeline
        .code_document(doc)
        .events
        .into_iter()
        .map(|e| {
            (
                e.source,
                e.target,
                e.cameo,
                serde_json::to_value(e.modality)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn constructions_are_coded() {
    let model = dyad_syntax::Model::bundled().expect("bundled model");
    let (lex, _) = dyad_lexicon::Lexicon::bundled();
    let pipeline = Pipeline::new(&model, Coder::new(&lex, CoderOptions::default()));
    let mut failures = Vec::new();
    for case in CASES {
        let got = code(&pipeline, case.text);
        for (s, t, prefix, modality) in case.want {
            let hit = got.iter().any(|(gs, gt, gc, gm)| {
                gs == s && gt == t && gc.starts_with(prefix) && gm == modality
            });
            if !hit {
                failures.push(format!(
                    "{:?}\n    missing {s}→{t} {prefix}* {modality}; got {got:?}",
                    case.text
                ));
            }
        }
        for (s, t) in case.not {
            if got.iter().any(|(gs, gt, _, _)| gs == s && gt == t) {
                failures.push(format!(
                    "{:?}\n    unexpected {s}→{t}; got {got:?}",
                    case.text
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn datelines_are_skipped() {
    let cases = [
        (
            "KABUL, Sept. 5 (Reuters) -- Russia sent aid.",
            Some("Russia"),
        ),
        (
            "LYON: Interpol has said it will send a team.",
            Some("Interpol"),
        ),
        (
            "GAZA CITY, Palestinian Territories: Four children were killed.",
            Some("Four"),
        ),
        ("The talks ended: nothing was agreed.", None),
        ("Russia said: we will help.", None),
        ("MOSCOW - Russia sent aid.", Some("Russia")),
        (
            "U.S. President Joe Biden and Xi Jinping agreed to resume military-to-military talks.",
            None,
        ),
        ("NATO and the EU agreed on a cyber-defence pact.", None),
    ];
    for (text, want) in cases {
        let sents = dyad_text::segment(text);
        let tokens = &sents[0].tokens;
        let got = dyad_coder::pipeline::dateline_end(tokens).map(|k| tokens[k].text.to_string());
        assert_eq!(got.as_deref(), want, "{text}");
    }
}

/// Text a fuzzer made up (random words, multi-byte characters): coding it
/// once panicked, slicing 32 bytes before an amount inside an Arabic letter
/// and an actor's span whose words a bad parse had put after the
/// predicate's clip point. Coding must never panic; evidence spans must be
/// ordered and inside the text.
#[test]
fn odd_text_codes_without_panicking() {
    let model = dyad_syntax::Model::bundled().expect("bundled model");
    let (lex, _) = dyad_lexicon::Lexicon::bundled();
    let pipeline = Pipeline::new(&model, Coder::new(&lex, CoderOptions::default()));
    let texts = [
        "guaidó sent \u{feff}q\u{feff}üببeñ sent dr. $3.4 kabul etc. jan. to e.g. sent $3.4 etc. aid 1.5 $3.4 afghanistan on ل'بy said no. afghanistan said $3.4 on 1.5 (ap) etc.",
        "Kabul Jan. Russia % Kabul — $3.4 —KABUL U.S. e.g. a a (AP) Kabul etc. Taliban bn ,Qmwz—– Afghanistan —KABUL met “Hello” (AP) e.g. Guaidó 1.5 U.S.",
        "Россия отправила помощь. 中国 sent aid to Afghanistan, €500 million, 1 million tonnes of wheat ß.",
    ];
    for text in texts {
        let doc = InputDoc {
            id: "t".into(),
            date: NaiveDate::from_ymd_opt(2023, 9, 5),
            text: text.into(),
            ..Default::default()
        };
        for e in pipeline.code_document(doc).events {
            for span in [e.evidence.source_span, e.evidence.target_span]
                .into_iter()
                .flatten()
            {
                assert!(span[0] <= span[1], "{text:?}: span {span:?}");
                assert!(
                    e.evidence
                        .text
                        .get(span[0] as usize..span[1] as usize)
                        .is_some(),
                    "{text:?}: span {span:?} outside its text"
                );
            }
        }
    }
}
