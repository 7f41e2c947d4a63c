// The Swedish words of the files `init --lang sv` writes; scaffold.cpp has their structure.
#include "render/scaffold_texts.hpp"

namespace repjourney {

namespace {
constexpr ScaffoldText swedish_texts[] = {
    // organisation.yaml
    {"organisation_intro", R"(# repjourney: er organisation
#
# `repjourney init` skapade den här katalogen som en början. repjourney läser
# varje *.yaml- och *.yml-fil i den (och under den) och slår ihop avsnitten:
#
#   organisation.yaml      den här filen: organisationen, samordnarna och
#                          era sätt att säga tack
#   roles.yaml             uppdragen och stegen i varje uppdrag
#   representatives.yaml   de förtroendevalda: två exempel att byta ut
#   events.yaml            händelseloggen, som `repjourney record` fyller på
#
# Nycklarna (name, roles ...) skrivs på engelska. Värden: ett datum skrivs
# ÅÅÅÅ-MM-DD; en tidsrymd är ett eller flera <tal><enhet> med enheten d
# (dagar), w (veckor), m (månader) eller y (år): 10d, 6w, 3m, 1y6m; ett id
# skrivs med små bokstäver a-z, siffror, - och _, utan å, ä och ö. Namn och
# titlar får innehålla alla bokstäver.
# Kör `repjourney check` när du har ändrat: den visar varje fel med fil, rad
# och kolumn. `man repjourney` beskriver varje nyckel.)"},
    {"name_comment", "# Organisationens namn, som det står i rapporterna (måste finnas)."},
    {"organisation_name", "Vår organisation"},
    {"email_comment", "# Avsändare av veckans påminnelse via e-post."},
    {"organisation_email", "kansli@example.org"},
    {"language_comment", "# Rapporternas språk: sv eller en (--lang väljer något annat)."},
    {"feedback_every_comment", R"(# Löpande återkoppling: hur ofta varje förtroendevald ska ha ett
# återkopplingssamtal (avstämning) med sin samordnare. Ett uppdrag, en
# anpassning nedan eller personen själv kan ha en annan rytm.)"},
    {"due_soon_comment", R"(# Det som ska vara gjort inom så här lång tid är "snart".)"},
    {"renewal_window_comment", R"(# En förtroendevald vars mandatperiod slutar inom så här lång tid är i fasen
# "förnyelse": dags för förnyelsesamtalet.)"},
    {"coordinators_comment", R"(# Samordnarna (ombudsansvariga) som följer upp de förtroendevalda. Varje
# förtroendevald anger en av dem under `coordinator:`, och ett
# återkopplingssamtal under `by:`. Det här är ett exempel: byt mot era egna.)"},
    {"coordinator_id", "kim"},
    {"coordinator_name", "Kim Exempel"},
    {"coordinator_email", "kim@example.org"},
    {"recognition_comment", R"(# Uppskattning och uppmärksamhet. repjourney föreslår att uppmärksamma
# förtroendevalda på årsdagar, för milstolpar och nådda mål, när ett mandat
# slutar, vid avsked, och när ingen har tackat dem på länge.)"},
    {"window_comment", "# Hur länge efter en prestation förslaget står kvar."},
    {"anniversaries_comment", "# Årsdagar som förtroendevald, räknat från första uppdragets start."},
    {"quiet_after_comment", "# Föreslå ett tack till den som inte har uppmärksammats på så här länge."},
    {"actions_comment", R"(# Era egna sätt att säga tack: små, symboliska och personliga. `for:` anger
# vilka slags förslag ett sätt passar (anniversary = årsdag, milestone =
# milstolpe, goal = mål, term = mandatets slut, farewell = avsked, quiet =
# länge sedan sist); det första som passar föreslås.)"},
    {"card_id", "tackkort"},
    {"card_title", "Handskrivet tackkort"},
    {"coffee_id", "fika"},
    {"coffee_title", "Fika med samordnaren"},
    {"meeting_id", "arsmotet"},
    {"meeting_title", "Uppmärksammas på årsmötet"},
    {"gift_id", "present"},
    {"gift_title", "Liten present (bok eller blommor)"},
    {"adaptations_comment", R"(# Förtroendevalda födda 1997 eller senare vill ofta ha korta, konkreta mål
# med synliga framsteg och täta avstämningar, så de får ett
# återkopplingssamtal var fjärde vecka. Ge dem mål också (se
# representatives.yaml).)"},
    {"adaptation_label", "Född 1997 eller senare"},

    // roles.yaml
    {"roles_intro", R"(# Uppdragen och stegen i varje uppdrag
#
# Att behålla förtroendevalda börjar med en tydlig uppdragsbeskrivning: vad
# uppdraget är, vad ni förväntar er och vilket stöd som följer med. Anpassa
# de här två uppdragen och lägg till era egna; `repjourney roles` skriver ut
# dem att ge till nya förtroendevalda.
#
# Ett uppdrag (role) har id och title (måste finnas), description,
# expectations, term (mandatperiodens längd; utan den gäller uppdraget tills
# vidare), en egen feedback_every och journey: stegen varje ny förtroendevald
# går igenom.
#
# Ett steg (milstolpe) har id och title (måste finnas) och `due`: räknat från
# uppdragets start (`due: 1w`) eller bakåt från dess slut (`due: end-3m`).
# `every: 1y` upprepar steget efter varje gång det är gjort; `recognize: true`
# (eller ett id för ett sätt att tacka i organisation.yaml) föreslår att
# uppmärksamma personen när det är gjort; `scope: term` betyder att steget görs
# om varje mandatperiod. Registrera ett genomfört steg med
#   repjourney record milestone ID MILSTOLPE)"},
    {"representative_notify", R"(# Ett ombud är en facklig förtroendeman: arbetsgivaren ska underrättas
# skriftligen, annars gäller inte förtroendemannalagens skydd (1 §). Stegen
# får milstolpen employer-notice, och `repjourney notice ID` skriver
# anmälan. Skyddsombud anmäls enligt arbetsmiljölagen: notify_employer: aml.
notify_employer: fml)"},
    {"representative_id", "ombud"},
    {"representative_title", "Ombud"},
    {"representative_description", R"(Företräder medlemmarna på arbetsplatsen eller i lokalgruppen: välkomnar
nya, fångar upp frågor och för dem vidare till organisationen.
(Ett exempel: beskriv uppdraget med era egna ord.))"},
    {"representative_expectations", R"(- Delta i ombudsträffarna
- Hålla minst en medlemsträff per termin
- Säga till samordnaren när något kommer i vägen)"},
    {"introduction_comment", "# Introduktion: ett personligt välkomnande och en mentor de första veckorna."},
    {"welcome_id", "valkomstsamtal"},
    {"welcome_title", "Välkomstsamtal"},
    {"mentor_id", "mentor"},
    {"mentor_title", "Mentor utsedd"},
    {"training_comment", "# Utbildning, som uppmärksammas när den är genomförd."},
    {"training_id", "grundutbildning"},
    {"training_title", "Grundutbildning"},
    {"network_comment", R"(# Träffa andra förtroendevalda: den första nätverksträffen inom två månader,
# sedan var sjätte månad.)"},
    {"network_id", "natverkstraff"},
    {"network_title", "Nätverksträff för ombud"},
    {"reflection_comment", "# Varför tog du uppdraget? Ett samtal om motivation varje år."},
    {"reflection_id", "reflektionssamtal"},
    {"reflection_title", "Reflektionssamtal om motivation"},
    {"renewal_comment", R"(# Tre månader innan mandatperioden slutar: vill du fortsätta? Hålls varje
# mandatperiod.)"},
    {"renewal_id", "fornyelsesamtal"},
    {"renewal_title", "Förnyelsesamtal"},
    {"board_id", "styrelseledamot"},
    {"board_title", "Styrelseledamot"},
    {"board_description", R"(Ledamot i styrelsen: deltar i dess beslut och ansvarar för ett av
organisationens verksamhetsområden. (Ett exempel: anpassa det.))"},
    {"board_expectations", R"(- Delta i styrelsens möten och läsa handlingarna i förväg
- Ansvara för minst ett verksamhetsområde)"},
    {"board_feedback_comment", "# Styrelsen träffas ofta: ett återkopplingssamtal per kvartal räcker."},
    {"board_welcome_title", "Välkomstsamtal med ordföranden"},
    {"board_mentor_title", "Mentor bland erfarna ledamöter"},
    {"board_introduction_id", "styrelseintroduktion"},
    {"board_introduction_title", "Introduktion till stadgar och ekonomi"},
    {"board_training_id", "styrelseutbildning"},
    {"board_training_title", "Styrelseutbildning"},
    {"board_renewal_title", "Samtal med valberedningen"},

    // representatives.yaml
    {"representatives_intro", R"(# De förtroendevalda
#
# De två personerna nedan är EXEMPEL: byt ut dem mot era förtroendevalda.
#
# En förtroendevald har id och name (måste finnas), email, branch (ort eller
# avdelning), coordinator (ett id i organisation.yaml), born (födelseår, för
# anpassningarna), en egen feedback_every, ett uppehåll (`paused: {from:
# DATUM, until: DATUM}`), left (dagen personen slutade), assignments (uppdrag)
# och goals (mål).
#
# Ett uppdrag är ett role-id och dagen det började; det slutar vid starten plus
# mandatperioden, minus en dag, om det inte har ett `end:`. En person kan ha
# flera uppdrag.
#
# Mål är personliga utvecklingsmål: korta och konkreta, med ett datum, och
# `done:` dagen målet nåddes. Framsteg som syns gör att man fortsätter.)"},
    {"young_comment", "# EXEMPEL att byta ut: en ny förtroendevald, född 1997 eller senare, med ett kort mål."},
    {"young_id", "sara-exempel"},
    {"young_name", "Sara Exempel"},
    {"young_email", "sara@example.org"},
    {"branch", "Centrum"},
    {"goal_id", "forsta-traffen"},
    {"goal_title", "Hålla min första medlemsträff"},
    {"board_member_comment", "# EXEMPEL att byta ut: en styrelseledamot vars mandatperiod börjar i dag."},
    {"board_member_id", "erik-exempel"},
    {"board_member_name", "Erik Exempel"},
    {"board_member_email", "erik@example.org"},
    {"prospect_comment", R"(# EXEMPEL att byta ut: någon som har visat intresse men inte har något uppdrag
# än (fasen intresse). `repjourney vacancies` föreslår henne till lediga
# platser i hennes ort, och `repjourney elect` ger henne ett uppdrag.)"},
    {"prospect_id", "maja-exempel"},
    {"prospect_name", "Maja Exempel"},
    {"prospect_email", "maja@example.org"},

    // events.yaml
    {"events_intro", R"(# Händelseloggen: det som har hänt, en händelse per rad. Händelser läggs
# bara till, de ändras aldrig: `repjourney record` lägger till dem här och
# behåller kommentarerna.
#
#   repjourney record milestone {{young_id}} {{welcome_id}}
#   repjourney record feedback {{young_id}} --by {{coordinator_id}} --note "Bra start"
#   repjourney record recognition {{young_id}} --for NYCKEL   (en nyckel som `repjourney recognize` visar)
#   repjourney record note {{board_member_id}} --note "Vill gärna bli mentor"
#
# Varje händelse har date (datum), rep (den förtroendevaldas id) och type:
# milestone (milstolpe), feedback (återkoppling), recognition (uppmärksammande)
# eller note (anteckning). En rad ser ut så här:
#   - {date: {{example_date}}, rep: {{young_id}}, type: feedback, by: {{coordinator_id}}})"},

    {"events_list", R"(events:
  # {{young_name}}s arbetsgivare fick anmälan samma dag som uppdraget började.
  - {date: {{young_start}}, rep: {{young_id}}, type: milestone, milestone: employer-notice, role: {{representative_id}}})"},

    // what init prints
    {"this_directory", "den aktuella katalogen"},
    {"init_report", R"(Skapade datafilerna för repjourney i {{dir}}:
{{created_files}}
Nästa steg:
  1. Redigera dem: organisationens namn och samordnare, era uppdrag och deras
     steg, och era förtroendevalda i stället för de två exemplen.
     Kommentarerna i varje fil förklarar nycklarna.
  2. repjourney check{{data_option}}
  3. repjourney status{{data_option}}
)"},
};
}  // namespace

std::span<const ScaffoldText> scaffold_texts_sv() { return swedish_texts; }

}  // namespace repjourney
