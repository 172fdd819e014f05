<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>BaseUrlPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a complete web address.</source>
        <translation>«%1» er ikke en fullstendig nettadresse.</translation>
    </message>
    <message>
        <source>The address %1 must not contain a user name or password; credentials are kept in the keychain.</source>
        <translation>Adressen %1 kan ikke inneholde brukernavn eller passord; påloggingsopplysninger lagres i nøkkelringen.</translation>
    </message>
    <message>
        <source>The address %1 must not contain a query (?...) or fragment (#...).</source>
        <translation>Adressen %1 kan ikke inneholde en spørring (?...) eller et fragment (#...).</translation>
    </message>
    <message>
        <source>The address %1 uses plain http; use https (http is allowed only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation>Adressen %1 bruker ukryptert http; bruk https (http er bare tillatt for denne datamaskinen: localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The address %1 must start with https://.</source>
        <translation>Adressen %1 må begynne med https://.</translation>
    </message>
</context>
<context>
    <name>SetupWidgets</name>
    <message>
        <source>Failed: %1</source>
        <translation>Mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::AboutDialog</name>
    <message>
        <source>About Tandem</source>
        <translation>Om Tandem</translation>
    </message>
    <message>
        <source>Keeps a Wix site and a CRMOffice account in two-way sync.</source>
        <translation>Holder et Wix-nettsted og en CRMOffice-konto i toveis synkronisering.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
</context>
<context>
    <name>Tandem::Applier</name>
    <message>
        <source>changed again while being written %1 times; left for the next run</source>
        <translation>endret igjen under skriving %1 ganger; utsatt til neste kjøring</translation>
    </message>
    <message>
        <source>cannot delete on %1: %2</source>
        <translation>kan ikke slette i %1: %2</translation>
    </message>
    <message>
        <source>changed again while being deleted; left for the next run</source>
        <translation>endret igjen under sletting; utsatt til neste kjøring</translation>
    </message>
    <message>
        <source>the batch call answered nothing for it</source>
        <translation>samlekallet svarte ingenting for den</translation>
    </message>
</context>
<context>
    <name>Tandem::Autostart</name>
    <message>
        <source>Two-way sync between a Wix site and CRMOffice</source>
        <translation>Toveis synkronisering mellom et Wix-nettsted og CRMOffice</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Kunne ikke fjerne %1.</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>Kunne ikke opprette mappen til %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::ConflictDialog</name>
    <message>
        <source>Take &amp;Wix for all</source>
        <translation>Bruk &amp;Wix for alle</translation>
    </message>
    <message>
        <source>Take &amp;CRMOffice for all</source>
        <translation>Bruk &amp;CRMOffice for alle</translation>
    </message>
    <message>
        <source>&amp;Sync now to apply these choices</source>
        <translation>&amp;Synkroniser nå for å ta i bruk disse valgene</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Løs</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Wix value</source>
        <translation>Wix-verdi</translation>
    </message>
    <message>
        <source>CRMOffice value</source>
        <translation>CRMOffice-verdi</translation>
    </message>
    <message>
        <source>At last sync</source>
        <translation>Ved forrige synkronisering</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>Typed value</source>
        <translation>Inntastet verdi</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Avgjør senere</translation>
    </message>
    <message>
        <source>Take Wix</source>
        <translation>Bruk Wix</translation>
    </message>
    <message>
        <source>Take CRMOffice</source>
        <translation>Bruk CRMOffice</translation>
    </message>
    <message>
        <source>Type a value</source>
        <translation>Skriv inn en verdi</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Behold for %1</translation>
    </message>
    <message>
        <source>Typed value for %1</source>
        <translation>Inntastet verdi for %1</translation>
    </message>
    <message>
        <source>Resolve conflicts: %1</source>
        <translation>Løs konflikter: %1</translation>
    </message>
    <message>
        <source>Both sides changed %1 (%2) since the last sync. Choose the value to keep for each field in bold; the next sync writes it to both sides.</source>
        <translation>Begge sider har endret %1 (%2) siden forrige synkronisering. Velg verdien som skal beholdes for hvert felt i fet skrift; neste synkronisering skriver den til begge sider.</translation>
    </message>
    <message>
        <source>%1 on both sides</source>
        <translation>%1 på begge sider</translation>
    </message>
</context>
<context>
    <name>Tandem::ConflictFieldModel</name>
    <message>
        <source>In conflict</source>
        <translation>I konflikt</translation>
    </message>
    <message>
        <source>%1 on Wix, %2 on CRMOffice</source>
        <translation>%1 i Wix, %2 i CRMOffice</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Wix value</source>
        <translation>Wix-verdi</translation>
    </message>
    <message>
        <source>CRMOffice value</source>
        <translation>CRMOffice-verdi</translation>
    </message>
</context>
<context>
    <name>Tandem::ConflictResolver</name>
    <message>
        <source>There is no conflict %1.</source>
        <translation>Det finnes ingen konflikt %1.</translation>
    </message>
    <message>
        <source>Conflict %1 is already resolved; the next sync applies it.</source>
        <translation>Konflikt %1 er allerede løst; neste synkronisering tar løsningen i bruk.</translation>
    </message>
    <message>
        <source>Choose the Wix value, the CRMOffice value or a value of your own.</source>
        <translation>Velg Wix-verdien, CRMOffice-verdien eller en egen verdi.</translation>
    </message>
    <message>
        <source>Conflict %1: no value given.</source>
        <translation>Konflikt %1: ingen verdi angitt.</translation>
    </message>
</context>
<context>
    <name>Tandem::ConflictTableModel</name>
    <message>
        <source>Linked record %1 in %2</source>
        <translation>Koblet post %1 i %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Wix value</source>
        <translation>Wix-verdi</translation>
    </message>
    <message>
        <source>CRMOffice value</source>
        <translation>CRMOffice-verdi</translation>
    </message>
    <message>
        <source>Value at last sync</source>
        <translation>Verdi ved forrige synkronisering</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Oppdaget</translation>
    </message>
</context>
<context>
    <name>Tandem::ConflictsPage</name>
    <message>
        <source>Filter by record, field or value</source>
        <translation>Filtrer etter post, felt eller verdi</translation>
    </message>
    <message>
        <source>Filter conflicts</source>
        <translation>Filtrer konflikter</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Ingen uløste konflikter.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Uløste konflikter</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Løs…</translation>
    </message>
    <message>
        <source>Take &amp;Wix for selection</source>
        <translation>Bruk &amp;Wix for utvalget</translation>
    </message>
    <message>
        <source>Take &amp;CRMOffice for selection</source>
        <translation>Bruk &amp;CRMOffice for utvalget</translation>
    </message>
    <message>
        <source>Sync &amp;now to apply</source>
        <translation>Synkroniser &amp;nå for å ta i bruk</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved. The next sync writes the chosen values to both sides.</source>
        <translation>
            <numerusform>%n konflikt er løst. Neste synkronisering skriver den valgte verdien til begge sider.</numerusform>
            <numerusform>%n konflikter er løst. Neste synkronisering skriver de valgte verdiene til begge sider.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::ConnectionProbe</name>
    <message>
        <source>%1 did not accept the credentials. Check the key, token or site id. (%2)</source>
        <translation>%1 godtok ikke påloggingsopplysningene. Kontroller nøkkelen, tokenet eller nettsted-ID-en. (%2)</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the address and the network. (%2)</source>
        <translation>Fikk ikke kontakt med %1. Kontroller adressen og nettverket. (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The mapping has no flow to test with.</source>
        <translation>Tilordningen har ingen flyt å teste med.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n record(s) in %2</source>
        <translation>
            <numerusform>Koblet til %1: %n post i %2</numerusform>
            <numerusform>Koblet til %1: %n poster i %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Wix site %1</source>
        <translation>Wix-nettstedet %1</translation>
    </message>
    <message>
        <source>CRMOffice at %1</source>
        <translation>CRMOffice på %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Koblet til %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ConnectionTester</name>
    <message>
        <source>A connection test is already running.</source>
        <translation>En tilkoblingstest kjører allerede.</translation>
    </message>
</context>
<context>
    <name>Tandem::ConnectorFactory</name>
    <message>
        <source>The %1 could not be read from the keychain: %2 For a headless run, set %3 instead.</source>
        <translation>%1 kunne ikke leses fra nøkkelringen: %2 For en kjøring uten skjerm, sett %3 i stedet.</translation>
    </message>
    <message>
        <source>No %1 is stored for this profile. Enter it in Tandem&apos;s setup (it goes to the keychain) or, for a headless run, set %2.</source>
        <translation>Ingen %1 er lagret for denne profilen. Skriv den inn i Tandems oppsett (den lagres i nøkkelringen) eller, for en kjøring uten skjerm, sett %2.</translation>
    </message>
    <message>
        <source>The profile has no Wix address or site id: run the setup or `tandem-cli configure` first.</source>
        <translation>Profilen har ingen Wix-adresse eller nettsted-ID: kjør oppsettet eller `tandem-cli configure` først.</translation>
    </message>
    <message>
        <source>Wix API key</source>
        <translation>Wix API-nøkkel</translation>
    </message>
    <message>
        <source>CRMOffice refresh token</source>
        <translation>CRMOffice-oppdateringstoken</translation>
    </message>
    <message>
        <source>The profile has no CRMOffice address: run the setup or `tandem-cli configure` first.</source>
        <translation>Profilen har ingen CRMOffice-adresse: kjør oppsettet eller `tandem-cli configure` først.</translation>
    </message>
    <message>
        <source>CRMOffice sign-in</source>
        <translation>CRMOffice-pålogging</translation>
    </message>
    <message>
        <source>CRMOffice API token</source>
        <translation>CRMOffice API-token</translation>
    </message>
</context>
<context>
    <name>Tandem::CredentialStore</name>
    <message>
        <source>No keychain is available on this system (no Secret Service such as GNOME Keyring or KWallet is running). Tandem keeps secrets only in a keychain, so nothing was stored or read.</source>
        <translation>Ingen nøkkelring er tilgjengelig på dette systemet (ingen Secret Service som GNOME Keyring eller KWallet kjører). Tandem lagrer hemmeligheter bare i en nøkkelring, så ingenting ble lagret eller lest.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Tilgang til nøkkelringen ble nektet.</translation>
    </message>
    <message>
        <source>The keychain denied access: %1</source>
        <translation>Nøkkelringen nektet tilgang: %1</translation>
    </message>
    <message>
        <source>The keychain could not remove the secret: %1</source>
        <translation>Nøkkelringen kunne ikke fjerne hemmeligheten: %1</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1). Tandem keeps secrets only in a keychain, so nothing was stored or read.</source>
        <translation>Nøkkelringen kunne ikke brukes (%1). Tandem lagrer hemmeligheter bare i en nøkkelring, så ingenting ble lagret eller lest.</translation>
    </message>
    <message>
        <source>The keychain did not answer before Tandem stopped.</source>
        <translation>Nøkkelringen svarte ikke før Tandem stoppet.</translation>
    </message>
</context>
<context>
    <name>Tandem::CrmAccountPage</name>
    <message>
        <source>Your CRMOffice account</source>
        <translation>CRMOffice-kontoen din</translation>
    </message>
    <message>
        <source>Enter your account&apos;s API address, then sign in with your browser or paste an API token.</source>
        <translation>Skriv inn API-adressen til kontoen din, og logg deretter på med nettleseren eller lim inn et API-token.</translation>
    </message>
    <message>
        <source>CRMOffice API address</source>
        <translation>CRMOffice API-adresse</translation>
    </message>
    <message>
        <source>https://yourcompany.crmoffice.example/api/v1</source>
        <translation>https://dittfirma.crmoffice.example/api/v1</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;adresse:</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Logg på med &amp;nettleser</translation>
    </message>
    <message>
        <source>Si&amp;gn in…</source>
        <translation>Lo&amp;gg på …</translation>
    </message>
    <message>
        <source>Use an API &amp;token</source>
        <translation>Bruk et API-&amp;token</translation>
    </message>
    <message>
        <source>CRMOffice API token</source>
        <translation>CRMOffice API-token</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>Enter the API address first.</source>
        <translation>Skriv inn API-adressen først.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; Tandem waits here.</source>
        <translation>Fullfør påloggingen i nettleseren; Tandem venter her.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Logget på.</translation>
    </message>
    <message>
        <source>Enter the API address and sign in first.</source>
        <translation>Skriv inn API-adressen og logg på først.</translation>
    </message>
    <message>
        <source>Enter the API address and the API token first.</source>
        <translation>Skriv inn API-adressen og API-tokenet først.</translation>
    </message>
    <message>
        <source>Connecting to CRMOffice…</source>
        <translation>Kobler til CRMOffice …</translation>
    </message>
</context>
<context>
    <name>Tandem::CrmOfficeConnector</name>
    <message>
        <source>No CRMOffice sign-in is configured.</source>
        <translation>Ingen CRMOffice-pålogging er satt opp.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 svarte %2: %3</translation>
    </message>
    <message>
        <source>CRMOffice has no collection &quot;%1&quot; (contacts and companies are supported)</source>
        <translation>CRMOffice har ingen samling «%1» (kontakter og firmaer støttes)</translation>
    </message>
    <message>
        <source>%1 answered a record without an id</source>
        <translation>%1 svarte med en post uten id</translation>
    </message>
    <message>
        <source>%1 answered without an &quot;items&quot; list</source>
        <translation>%1 svarte uten en &quot;items&quot;-liste</translation>
    </message>
</context>
<context>
    <name>Tandem::CsvWriter</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>kan ikke åpne %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::DataflowImporter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>line %1: no flow sections found (expected sections titled &quot;&lt;System&gt; &lt;Collection&gt; to &lt;System&gt; &lt;Collection&gt;&quot; underlined with &quot;---&quot;)</source>
        <translation>linje %1: fant ingen flytseksjoner (forventet seksjoner med tittelen &quot;&lt;System&gt; &lt;Samling&gt; to &lt;System&gt; &lt;Samling&gt;&quot; understreket med &quot;---&quot;)</translation>
    </message>
    <message>
        <source>line %1: expected a section title &quot;&lt;System&gt; &lt;Collection&gt; to &lt;System&gt; &lt;Collection&gt;&quot; naming %2 and %3, found &quot;%4&quot;</source>
        <translation>linje %1: forventet en seksjonstittel &quot;&lt;System&gt; &lt;Samling&gt; to &lt;System&gt; &lt;Samling&gt;&quot; som nevner %2 og %3, fant &quot;%4&quot;</translation>
    </message>
    <message>
        <source>line %1: %2 -&gt; %3 is listed again with another data type; the first one is kept</source>
        <translation>linje %1: %2 -&gt; %3 er oppført på nytt med en annen datatype; den første beholdes</translation>
    </message>
    <message>
        <source>line %1: the creation sentence contradicts line %2 for the same flow; the first one is kept</source>
        <translation>linje %1: opprettingssetningen motsier linje %2 for samme flyt; den første beholdes</translation>
    </message>
    <message>
        <source>flow &quot;%1&quot;: the document says nothing that creates records; imported as link-only</source>
        <translation>flyt «%1»: dokumentet sier ingenting om å opprette poster; importert med bare kobling</translation>
    </message>
</context>
<context>
    <name>Tandem::DataflowSectionParser</name>
    <message>
        <source>line %1: expected a list-table after this sentence</source>
        <translation>linje %1: forventet en list-table etter denne setningen</translation>
    </message>
    <message>
        <source>line %1: expected a list-table after the sentence on line %2</source>
        <translation>linje %1: forventet en list-table etter setningen på linje %2</translation>
    </message>
    <message>
        <source>conditional creation is not supported yet; the sentence is kept as a note on the flow and creates nothing: &quot;%1&quot;</source>
        <translation>betinget oppretting støttes ikke ennå; setningen beholdes som en merknad på flyten og oppretter ingenting: «%1»</translation>
    </message>
    <message>
        <source>sentence not understood, ignored: &quot;%1&quot;</source>
        <translation>setningen ble ikke forstått og er ignorert: «%1»</translation>
    </message>
    <message>
        <source>the creation sentence names &quot;%1&quot; and &quot;%2&quot;, not &quot;%3&quot; and &quot;%4&quot;; ignored</source>
        <translation>opprettingssetningen nevner «%1» og «%2», ikke «%3» og «%4»; ignorert</translation>
    </message>
    <message>
        <source>a second creation sentence contradicts line %1; the first one is kept</source>
        <translation>en ny opprettingssetning motsier linje %1; den første beholdes</translation>
    </message>
    <message>
        <source>directive ignored: &quot;%1&quot;</source>
        <translation>direktiv ignorert: «%1»</translation>
    </message>
    <message>
        <source>line %1: a list-table must follow &quot;The following properties are synchronized between ...:&quot; or &quot;A ... will merge with a ... if ...:&quot;</source>
        <translation>linje %1: en list-table må komme etter &quot;The following properties are synchronized between ...:&quot; eller &quot;A ... will merge with a ... if ...:&quot;</translation>
    </message>
    <message>
        <source>%1 property, %2 property, %3 data type</source>
        <translation>egenskap i %1, egenskap i %2, datatype i %3</translation>
    </message>
    <message>
        <source>line %1: expected a property name in the %2 column</source>
        <translation>linje %1: forventet et egenskapsnavn i kolonnen %2</translation>
    </message>
    <message>
        <source>line %1: unknown data type %2 (expected one of &quot;string&quot;, &quot;integer&quot;, &quot;number&quot;, &quot;boolean&quot;, &quot;date&quot;, &quot;datetime&quot;)</source>
        <translation>linje %1: ukjent datatype %2 (forventet en av &quot;string&quot;, &quot;integer&quot;, &quot;number&quot;, &quot;boolean&quot;, &quot;date&quot;, &quot;datetime&quot;)</translation>
    </message>
    <message>
        <source>%1 property, %2 property</source>
        <translation>egenskap i %1, egenskap i %2</translation>
    </message>
    <message>
        <source>line %1: expected the same number of non-empty properties on both sides of a match-key row</source>
        <translation>linje %1: forventet like mange ikke-tomme egenskaper på begge sider av en rad med samsvarsnøkkel</translation>
    </message>
    <message>
        <source>line %1 (section &quot;%2&quot;): %3</source>
        <translation>linje %1 (seksjon «%2»): %3</translation>
    </message>
</context>
<context>
    <name>Tandem::DataflowTitle</name>
    <message>
        <source>line %1: not a dataflow document: expected a title block, a title such as &quot;Wix.com to CRMOffice Dataflow&quot; between two lines of &quot;===&quot;</source>
        <translation>linje %1: ikke et dataflytdokument: forventet en tittelblokk, en tittel som &quot;Wix.com to CRMOffice Dataflow&quot; mellom to linjer med &quot;===&quot;</translation>
    </message>
</context>
<context>
    <name>Tandem::DeletionGuardDialog</name>
    <message>
        <source>%1: delete %2 in %3</source>
        <translation>%1: slett %2 i %3</translation>
    </message>
    <message>
        <source>Many records would be deleted</source>
        <translation>Mange poster ville blitt slettet</translation>
    </message>
    <message>
        <source>Records that would be deleted</source>
        <translation>Poster som ville blitt slettet</translation>
    </message>
    <message numerus="yes">
        <source>This sync would delete %n record(s), more than the usual share. Nothing has been deleted yet. Check the list: if the records were removed on purpose, delete them on the other side too.</source>
        <translation>
            <numerusform>Denne synkroniseringen ville slettet %n post, en større andel enn vanlig. Ingenting er slettet ennå. Kontroller listen: Hvis posten ble fjernet med vilje, kan du slette den på den andre siden også.</numerusform>
            <numerusform>Denne synkroniseringen ville slettet %n poster, en større andel enn vanlig. Ingenting er slettet ennå. Kontroller listen: Hvis postene ble fjernet med vilje, kan du slette dem på den andre siden også.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>&amp;Slett dem</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Behold dem</translation>
    </message>
    <message>
        <source>%1: delete %2 in %3 (id %4)</source>
        <translation>%1: slett %2 i %3 (id %4)</translation>
    </message>
</context>
<context>
    <name>Tandem::DesktopApp</name>
    <message>
        <source>Start at login</source>
        <translation>Start ved pålogging</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Innstillingene ble ikke lagret</translation>
    </message>
    <message>
        <source>Nothing answers at %1 any more (a sandbox that has stopped?): set up the accounts again.</source>
        <translation>Ingenting svarer på %1 lenger (en sandkasse som har stoppet?): sett opp kontoene på nytt.</translation>
    </message>
    <message>
        <source>The sandbox had stopped; starting it again with fresh sample data…</source>
        <translation>Sandkassen hadde stoppet; starter den på nytt med nye eksempeldata …</translation>
    </message>
</context>
<context>
    <name>Tandem::FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Tandem saves the accounts. Nothing is written to Wix or CRMOffice until you sync.</source>
        <translation>Tandem lagrer kontoene. Ingenting skrives til Wix eller CRMOffice før du synkroniserer.</translation>
    </message>
    <message>
        <source>&amp;Preview the first sync now (a dry run: nothing is written)</source>
        <translation>&amp;Forhåndsvis den første synkroniseringen nå (en prøvekjøring: ingenting skrives)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
</context>
<context>
    <name>Tandem::FlowEditor</name>
    <message>
        <source>%1 %2 ↔ %3 %4</source>
        <translation>%1 %2 ↔ %3 %4</translation>
    </message>
    <message>
        <source>Property pairs of %1</source>
        <translation>Egenskapspar i %1</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>Valideringsmelding</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Nye poster</translation>
    </message>
    <message>
        <source>When both sides changed</source>
        <translation>Når begge sider er endret</translation>
    </message>
    <message>
        <source>When a record is deleted</source>
        <translation>Når en post slettes</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>Nye poster:</translation>
    </message>
    <message>
        <source>When both sides changed:</source>
        <translation>Når begge sider er endret:</translation>
    </message>
    <message>
        <source>When a record is deleted:</source>
        <translation>Når en post slettes:</translation>
    </message>
    <message>
        <source>New Wix property</source>
        <translation>Ny Wix-egenskap</translation>
    </message>
    <message>
        <source>New CRMOffice property</source>
        <translation>Ny CRMOffice-egenskap</translation>
    </message>
    <message>
        <source>New data type</source>
        <translation>Ny datatype</translation>
    </message>
    <message>
        <source>&amp;Add pair</source>
        <translation>&amp;Legg til par</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Fje&amp;rn valgte</translation>
    </message>
    <message>
        <source>Select a row to remove first.</source>
        <translation>Velg først en rad som skal fjernes.</translation>
    </message>
    <message>
        <source>Wix property, e.g. %1</source>
        <translation>Wix-egenskap, f.eks. %1</translation>
    </message>
    <message>
        <source>CRMOffice property, e.g. %1</source>
        <translation>CRMOffice-egenskap, f.eks. %1</translation>
    </message>
</context>
<context>
    <name>Tandem::FlowSync</name>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: hoppet over: %2</translation>
    </message>
    <message>
        <source>%1: reading %2 failed: %3</source>
        <translation>%1: lesing av %2 mislyktes: %3</translation>
    </message>
    <message>
        <source>%1: linked %2 and %3 from the journal of an interrupted run</source>
        <translation>%1: koblet %2 og %3 fra journalen til en avbrutt kjøring</translation>
    </message>
    <message>
        <source>matched by the flow&apos;s match key</source>
        <translation>funnet med flytens samsvarsnøkkel</translation>
    </message>
    <message>
        <source>%1: the Wix site moved from %2 to %3; links are kept by product id</source>
        <translation>%1: Wix-nettstedet flyttet fra %2 til %3; koblingene beholdes etter produkt-ID</translation>
    </message>
    <message>
        <source>no longer found on Wix after the site changed catalog: unlinked, %1 %2 kept</source>
        <translation>finnes ikke lenger på Wix etter at nettstedet byttet katalog: koblingen fjernet, %1 %2 beholdt</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: link %2 is gone from the state store</source>
        <translation>%1: kobling %2 finnes ikke lenger i tilstandslageret</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of %2 links would be deleted; stopped before deleting (force to go ahead)</source>
        <translation>
            <numerusform>%1: %n av %2 koblinger ville blitt slettet; stoppet før sletting (tving gjennom for å fortsette)</numerusform>
            <numerusform>%1: %n av %2 koblinger ville blitt slettet; stoppet før sletting (tving gjennom for å fortsette)</numerusform>
        </translation>
    </message>
    <message>
        <source>the open conflicts</source>
        <translation>de åpne konfliktene</translation>
    </message>
    <message>
        <source>%1: the run stopped: %2 could not be read: %3</source>
        <translation>%1: kjøringen stoppet: %2 kunne ikke leses: %3</translation>
    </message>
    <message>
        <source>the links</source>
        <translation>koblingene</translation>
    </message>
    <message>
        <source>the conflicts</source>
        <translation>konfliktene</translation>
    </message>
    <message>
        <source>the watermark</source>
        <translation>vannmerket</translation>
    </message>
    <message>
        <source>the intent journal</source>
        <translation>intensjonsjournalen</translation>
    </message>
    <message>
        <source>the Wix catalog of the last run</source>
        <translation>Wix-katalogen fra forrige kjøring</translation>
    </message>
    <message>
        <source>%1: the mapping changed since the last run, so the flow was read in full.</source>
        <translation>%1: tilordningen er endret siden forrige kjøring, så flyten ble lest i sin helhet.</translation>
    </message>
    <message>
        <source>the mapping fingerprint</source>
        <translation>fingeravtrykket til tilordningen</translation>
    </message>
</context>
<context>
    <name>Tandem::HistoryFilterBar</name>
    <message>
        <source>any day</source>
        <translation>alle dager</translation>
    </message>
    <message>
        <source>Runs from</source>
        <translation>Kjøringer fra</translation>
    </message>
    <message>
        <source>Runs to</source>
        <translation>Kjøringer til</translation>
    </message>
    <message>
        <source>◀ &amp;Newer</source>
        <translation>◀ &amp;Nyere</translation>
    </message>
    <message>
        <source>&amp;Older ▶</source>
        <translation>&amp;Eldre ▶</translation>
    </message>
    <message>
        <source>Record id or name</source>
        <translation>Post-ID eller navn</translation>
    </message>
    <message>
        <source>Find runs that wrote a record</source>
        <translation>Finn kjøringer som skrev en post</translation>
    </message>
    <message>
        <source>Find runs by action</source>
        <translation>Finn kjøringer etter handling</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>No runs</source>
        <translation>Ingen kjøringer</translation>
    </message>
    <message>
        <source>Runs %1 to %2 of %3</source>
        <translation>Kjøringer %1 til %2 av %3</translation>
    </message>
</context>
<context>
    <name>Tandem::HistoryPage</name>
    <message>
        <source>Runs</source>
        <translation>Kjøringer</translation>
    </message>
    <message>
        <source>Select a run to see what it did.</source>
        <translation>Velg en kjøring for å se hva den gjorde.</translation>
    </message>
    <message>
        <source>Filter by record, action or change</source>
        <translation>Filtrer etter post, handling eller endring</translation>
    </message>
    <message>
        <source>Filter run details</source>
        <translation>Filtrer kjøringsdetaljer</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Eksporter CSV…</translation>
    </message>
    <message>
        <source>Run details</source>
        <translation>Kjøringsdetaljer</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n record(s) touched</source>
        <translation>
            <numerusform>Kjøring %1: %n post berørt</numerusform>
            <numerusform>Kjøring %1: %n poster berørt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message>
        <source>Export run details</source>
        <translation>Eksporter kjøringsdetaljer</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>&amp;Undo this run…</source>
        <translation>&amp;Angre denne kjøringen…</translation>
    </message>
    <message>
        <source>Take back what the selected run wrote, after a preview (Ctrl+U)</source>
        <translation>Ta tilbake det den valgte kjøringen skrev, etter en forhåndsvisning (Ctrl+U)</translation>
    </message>
    <message>
        <source>Undo this run</source>
        <translation>Angre denne kjøringen</translation>
    </message>
</context>
<context>
    <name>Tandem::HttpClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>ikke noe svar innen %1 s</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: avbrutt</translation>
    </message>
    <message>
        <source>%1: TLS error: %2</source>
        <translation>%1: TLS-feil: %2</translation>
    </message>
    <message>
        <source>rate limited (429)</source>
        <translation>for mange forespørsler (429)</translation>
    </message>
    <message>
        <source>server error %1 %2</source>
        <translation>serverfeil %1 %2</translation>
    </message>
    <message>
        <source>%1 failed: %2; not retried because the request may already have been applied</source>
        <translation>%1 mislyktes: %2; ikke forsøkt på nytt fordi forespørselen kan allerede være utført</translation>
    </message>
    <message>
        <source>%1: %2, retrying in %3 ms</source>
        <translation>%1: %2, prøver igjen om %3 ms</translation>
    </message>
    <message>
        <source>%1 failed after %2 attempts: %3</source>
        <translation>%1 mislyktes etter %2 forsøk: %3</translation>
    </message>
    <message>
        <source>%1 answered an empty body where JSON was expected</source>
        <translation>%1 svarte med tomt innhold der JSON var forventet</translation>
    </message>
    <message>
        <source>%1 answered malformed or truncated JSON: %2 at byte %3</source>
        <translation>%1 svarte med ugyldig eller avkortet JSON: %2 ved byte %3</translation>
    </message>
    <message>
        <source>%1 answered JSON that is not an object</source>
        <translation>%1 svarte med JSON som ikke er et objekt</translation>
    </message>
    <message>
        <source>the connection closed before the answer came</source>
        <translation>forbindelsen ble lukket før svaret kom</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: avvist: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::IntentResolver</name>
    <message>
        <source>found the record an interrupted run created</source>
        <translation>fant posten som en avbrutt kjøring opprettet</translation>
    </message>
</context>
<context>
    <name>Tandem::ListItem</name>
    <message>
        <source>a boolean</source>
        <translation>en sannhetsverdi</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en tekststreng</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>it is %1, not an object</source>
        <translation>det er %1, ikke et objekt</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>det har ingen id</translation>
    </message>
    <message>
        <source>its id is %1, not a string</source>
        <translation>id-en er %1, ikke en tekststreng</translation>
    </message>
    <message>
        <source>its id is empty</source>
        <translation>id-en er tom</translation>
    </message>
    <message>
        <source>%1 %2, item %3 of page %4</source>
        <translation>%1 %2, element %3 på side %4</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::ListTableReader</name>
    <message>
        <source>line %1: expected a table row &quot;* - &lt;cell&gt;&quot;</source>
        <translation>linje %1: forventet en tabellrad &quot;* - &lt;celle&gt;&quot;</translation>
    </message>
    <message>
        <source>line %1: the table declares %2 header rows but has %3 rows</source>
        <translation>linje %1: tabellen angir %2 overskriftsrader, men har %3 rader</translation>
    </message>
    <message>
        <source>line %1: expected a row of %2 cells (%3), found %4</source>
        <translation>linje %1: forventet en rad med %2 celler (%3), fant %4</translation>
    </message>
    <message>
        <source>line %1: expected a table cell &quot;- &lt;cell&gt;&quot; or row &quot;* - &lt;cell&gt;&quot;</source>
        <translation>linje %1: forventet en tabellcelle &quot;- &lt;celle&gt;&quot; eller en rad &quot;* - &lt;celle&gt;&quot;</translation>
    </message>
    <message>
        <source>line %1: expected a number after &quot;:header-rows:&quot;</source>
        <translation>linje %1: forventet et tall etter &quot;:header-rows:&quot;</translation>
    </message>
</context>
<context>
    <name>Tandem::MainWindow</name>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Oversikt</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Tilordninger</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikter</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkroniser nå</translation>
    </message>
    <message>
        <source>Sync now (Ctrl+R, F5)</source>
        <translation>Synkroniser nå (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Forhåndsvis</translation>
    </message>
    <message>
        <source>Show what a sync would change, without writing (Ctrl+P)</source>
        <translation>Vis hva en synkronisering ville endret, uten å skrive noe (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Stop the running sync (Esc)</source>
        <translation>Stopp synkroniseringen som kjører (Esc)</translation>
    </message>
    <message>
        <source>Set &amp;up accounts…</source>
        <translation>Sett opp &amp;kontoer…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synkronisering</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Preview running…</source>
        <translation>Forhåndsvisning pågår…</translation>
    </message>
    <message>
        <source>Sync running…</source>
        <translation>Synkronisering pågår…</translation>
    </message>
    <message>
        <source>Tandem: the sync had errors</source>
        <translation>Tandem: synkroniseringen hadde feil</translation>
    </message>
    <message>
        <source>Tandem: conflicts need you</source>
        <translation>Tandem: konflikter venter på deg</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Konflikter (%1)</translation>
    </message>
    <message>
        <source>Tandem keeps running</source>
        <translation>Tandem kjører videre</translation>
    </message>
    <message>
        <source>Scheduled syncs go on. Quit from the tray icon&apos;s menu.</source>
        <translation>Planlagte synkroniseringer fortsetter. Avslutt fra menyen til ikonet i systemstatusfeltet.</translation>
    </message>
    <message>
        <source>Schedule, language and start at login (Ctrl+,)</source>
        <translation>Timeplan, språk og start ved pålogging (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>&amp;Om Tandem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>%1, %2. %3</source>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <source>Tandem – sandbox with sample data, not your accounts</source>
        <translation>Tandem – sandkasse med eksempeldata, ikke dine kontoer</translation>
    </message>
    <message>
        <source>Cannot undo run %1</source>
        <translation>Kan ikke angre kjøring %1</translation>
    </message>
    <message>
        <source>Preparing the undo of run %1…</source>
        <translation>Forbereder angring av kjøring %1…</translation>
    </message>
    <message>
        <source>Undo of run %1 running…</source>
        <translation>Angring av kjøring %1 pågår…</translation>
    </message>
</context>
<context>
    <name>Tandem::MappingJsonReader</name>
    <message>
        <source>expected a whole number</source>
        <translation>forventet et heltall</translation>
    </message>
    <message>
        <source>unsupported mapping file version %1 (this Tandem reads version %2)</source>
        <translation>tilordningsfilversjon %1 støttes ikke (denne versjonen av Tandem leser versjon %2)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>forventet et objekt</translation>
    </message>
    <message>
        <source>duplicate flow id &quot;%1&quot;</source>
        <translation>duplisert flyt-id «%1»</translation>
    </message>
    <message>
        <source>a flow id must not be empty</source>
        <translation>en flyt-id kan ikke være tom</translation>
    </message>
    <message>
        <source>a match rule needs as many wix paths as crm paths (%1 and %2)</source>
        <translation>en samsvarsregel trenger like mange Wix-stier som CRM-stier (%1 og %2)</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>ukjent nøkkel (forventet en av: %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>forventet en streng</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>forventet en matrise</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>ukjent %1 «%2»</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>ugyldig JSON ved posisjon %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>forventet et JSON-objekt på øverste nivå</translation>
    </message>
    <message>
        <source>cannot read mapping file %1: %2</source>
        <translation>kan ikke lese tilordningsfilen %1: %2</translation>
    </message>
    <message>
        <source>mapping file %1: %2</source>
        <translation>tilordningsfilen %1: %2</translation>
    </message>
    <message>
        <source>cannot write mapping file %1: %2</source>
        <translation>kan ikke skrive tilordningsfilen %1: %2</translation>
    </message>
    <message>
        <source>creation direction</source>
        <translation>opprettingsretning</translation>
    </message>
    <message>
        <source>conflict policy</source>
        <translation>konfliktregel</translation>
    </message>
    <message>
        <source>deletion policy</source>
        <translation>sletteregel</translation>
    </message>
    <message>
        <source>data type</source>
        <translation>datatype</translation>
    </message>
    <message>
        <source>pair origin</source>
        <translation>paropphav</translation>
    </message>
    <message>
        <source>pair direction</source>
        <translation>parretning</translation>
    </message>
</context>
<context>
    <name>Tandem::MappingReviewPage</name>
    <message>
        <source>What Tandem keeps in sync</source>
        <translation>Dette holder Tandem synkronisert</translation>
    </message>
    <message>
        <source>These property pairs come from the dataflow document. You can change them later on the Mappings page.</source>
        <translation>Disse egenskapsparene kommer fra dataflytdokumentet. Du kan endre dem senere på siden Tilordninger.</translation>
    </message>
    <message>
        <source>The mapping could not be read: %1</source>
        <translation>Tilordningen kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2; when both sides changed: %3; deletions: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2; når begge sider er endret: %3; slettinger: %4</translation>
    </message>
    <message>
        <source>Property pairs of %1</source>
        <translation>Egenskapspar i %1</translation>
    </message>
</context>
<context>
    <name>Tandem::MappingTableModel</name>
    <message>
        <source>Wix property</source>
        <translation>Wix-egenskap</translation>
    </message>
    <message>
        <source>CRMOffice property</source>
        <translation>CRMOffice-egenskap</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datatype</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Opphav</translation>
    </message>
</context>
<context>
    <name>Tandem::MappingValidator</name>
    <message>
        <source>the %1 path is empty</source>
        <translation>stien i %1 er tom</translation>
    </message>
    <message>
        <source>the %1 path &quot;%2&quot; is already mapped in row %3</source>
        <translation>stien «%2» i %1 er allerede tilordnet i rad %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 values, which the data type &quot;%3&quot; of &quot;%4&quot; cannot hold</source>
        <translation>«%1» inneholder verdier av typen %2, som datatypen «%3» for «%4» ikke kan inneholde</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 holds %3 values and cannot take the %4 values of &quot;%5&quot;; make the row one-way (wix-to-crmoffice)</source>
        <translation>«%1» i %2 inneholder verdier av typen %3 og kan ikke ta imot verdiene av typen %4 fra «%5»; gjør raden enveis (wix-to-crmoffice)</translation>
    </message>
    <message>
        <source>Flow &quot;%1&quot;: no row maps the required %2 field &quot;%3&quot;; %2 cannot create a record of %4 without it</source>
        <translation>Flyt «%1»: ingen rad tilordner det obligatoriske feltet «%3» i %2; %2 kan ikke opprette en post i %4 uten det</translation>
    </message>
    <message>
        <source>Flow &quot;%1&quot;, match rule %2: every rule needs the same number of non-empty paths on both sides</source>
        <translation>Flyt «%1», samsvarsregel %2: hver regel trenger like mange ikke-tomme stier på begge sider</translation>
    </message>
    <message>
        <source>Flow &quot;%1&quot;, row %2: %3</source>
        <translation>Flyt «%1», rad %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a property of %2 %3 that Tandem reads and writes, so it would never sync; the properties it syncs are: %4</source>
        <translation>«%1» er ikke en egenskap ved %2 %3 som Tandem leser og skriver, så den ville aldri blitt synkronisert; egenskapene den synkroniserer er: %4</translation>
    </message>
</context>
<context>
    <name>Tandem::MappingsPage</name>
    <message>
        <source>Import &amp;dataflow document…</source>
        <translation>Importer &amp;dataflytdokument…</translation>
    </message>
    <message>
        <source>&amp;Import mapping…</source>
        <translation>&amp;Importer tilordning…</translation>
    </message>
    <message>
        <source>&amp;Export mapping…</source>
        <translation>&amp;Eksporter tilordning…</translation>
    </message>
    <message>
        <source>Mapping message</source>
        <translation>Tilordningsmelding</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flyter</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n flow(s) from %1.</source>
        <translation>
            <numerusform>Lastet inn %n flyt fra %1.</numerusform>
            <numerusform>Lastet inn %n flyter fra %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Kunne ikke importere %1: %2</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Kunne ikke eksportere til %1: %2</translation>
    </message>
    <message>
        <source>Exported the mapping to %1.</source>
        <translation>Eksporterte tilordningen til %1.</translation>
    </message>
    <message>
        <source>Import dataflow document</source>
        <translation>Importer dataflytdokument</translation>
    </message>
    <message>
        <source>Dataflow documents (*.rst *.txt);;All files (*)</source>
        <translation>Dataflytdokumenter (*.rst *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import mapping</source>
        <translation>Importer tilordning</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Tilordningsfiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export mapping</source>
        <translation>Eksporter tilordning</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Tilordningsfiler (*.json)</translation>
    </message>
    <message>
        <source>Could not import %1:</source>
        <translation>Kunne ikke importere %1:</translation>
    </message>
</context>
<context>
    <name>Tandem::OAuthSignIn</name>
    <message>
        <source>Could not listen on a loopback port for the sign-in answer.</source>
        <translation>Kunne ikke lytte etter påloggingssvaret på en lokal port (loopback).</translation>
    </message>
    <message>
        <source>Tandem is signed in to CRMOffice. You can close this page.</source>
        <translation>Tandem er logget på CRMOffice. Du kan lukke denne siden.</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation>Påloggingen ble avvist: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: the server did not accept the answer.</source>
        <translation>Påloggingen mislyktes: serveren godtok ikke svaret.</translation>
    </message>
</context>
<context>
    <name>Tandem::OAuthTokenProvider</name>
    <message>
        <source>The CRMOffice sign-in has expired and there is no refresh token: sign in again.</source>
        <translation>CRMOffice-påloggingen er utløpt, og det finnes ingen fornyelsestoken: logg på igjen.</translation>
    </message>
    <message>
        <source>Refreshing the CRMOffice sign-in failed (%1 %2): sign in again.</source>
        <translation>Fornyelsen av CRMOffice-påloggingen mislyktes (%1 %2): logg på igjen.</translation>
    </message>
    <message>
        <source>%1 answered without an access_token</source>
        <translation>%1 svarte uten access_token</translation>
    </message>
</context>
<context>
    <name>Tandem::OverviewPage</name>
    <message>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ikke kontrollert ennå</translation>
    </message>
    <message>
        <source>Wix status</source>
        <translation>Wix-status</translation>
    </message>
    <message>
        <source>CRMOffice status</source>
        <translation>CRMOffice-status</translation>
    </message>
    <message>
        <source>Wix:</source>
        <translation>Wix:</translation>
    </message>
    <message>
        <source>CRMOffice:</source>
        <translation>CRMOffice:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Ingen kjøring ennå</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Siste kjøring</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Ingen tidsplan</translation>
    </message>
    <message>
        <source>Next scheduled run</source>
        <translation>Neste planlagte kjøring</translation>
    </message>
    <message>
        <source>Last run:</source>
        <translation>Siste kjøring:</translation>
    </message>
    <message>
        <source>Next run:</source>
        <translation>Neste kjøring:</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Run phase</source>
        <translation>Kjøringsfase</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Kjøringsfremdrift</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Preview shows what a sync would change, without writing anything.</source>
        <translation>Forhåndsvisningen viser hva en synkronisering ville endret, uten å skrive noe.</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Planlagte endringer</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Preview started</source>
        <translation>Forhåndsvisning startet</translation>
    </message>
    <message>
        <source>Sync started</source>
        <translation>Synkronisering startet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1 av %2)</translation>
    </message>
    <message>
        <source>The preview found nothing to change.</source>
        <translation>Forhåndsvisningen fant ingenting å endre.</translation>
    </message>
    <message numerus="yes">
        <source>A sync would make these %n changes. Nothing has been written yet.</source>
        <translation>
            <numerusform>En synkronisering ville gjort %n endring. Ingenting er skrevet ennå.</numerusform>
            <numerusform>En synkronisering ville gjort disse %n endringene. Ingenting er skrevet ennå.</numerusform>
        </translation>
    </message>
    <message>
        <source>Known after the first sync</source>
        <translation>Kjent etter den første synkroniseringen</translation>
    </message>
    <message>
        <source>Wix product catalog</source>
        <translation>Wix-produktkatalog</translation>
    </message>
    <message>
        <source>Wix products:</source>
        <translation>Wix-produkter:</translation>
    </message>
    <message>
        <source>Set up both accounts first (File ▸ Set up accounts…): until then there is nothing to sync.</source>
        <translation>Sett opp begge kontoene først (Fil ▸ Sett opp kontoer…): før det er det ingenting å synkronisere.</translation>
    </message>
    <message>
        <source>Preview of the undo of run %1 started</source>
        <translation>Forhåndsvisning av angringen av kjøring %1 startet</translation>
    </message>
    <message>
        <source>Undo of run %1 started</source>
        <translation>Angring av kjøring %1 startet</translation>
    </message>
</context>
<context>
    <name>Tandem::PlanTableModel</name>
    <message>
        <source>Flow</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Writes to</source>
        <translation>Skriver til</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Wix id</source>
        <translation>Wix-ID</translation>
    </message>
    <message>
        <source>CRMOffice id</source>
        <translation>CRMOffice-ID</translation>
    </message>
</context>
<context>
    <name>Tandem::Planner</name>
    <message>
        <source>Wix has %1, CRMOffice has %2</source>
        <translation>Wix har %1, CRMOffice har %2</translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message>
        <source>The profile folder %1 is a file, not a folder.</source>
        <translation>Profilmappen %1 er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>Profilmappen %1 kan ikke opprettes.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan ikke leses: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3.</source>
        <translation>%1 er ikke gyldig JSON ved posisjon %2: %3.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 inneholder ikke et JSON-objekt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has a value of the wrong type or format.</source>
        <translation>%1: &quot;%2&quot; har en verdi med feil type eller format.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The settings were not saved. %1</source>
        <translation>Innstillingene ble ikke lagret. %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kan ikke skrives: %2.</translation>
    </message>
    <message>
        <source>crmAuth: &quot;%1&quot; is neither &quot;token&quot; nor &quot;oauth&quot;.</source>
        <translation>crmAuth: &quot;%1&quot; er verken &quot;token&quot; eller &quot;oauth&quot;.</translation>
    </message>
    <message>
        <source>scheduleMode: &quot;%1&quot; is not one of off, interval, hourly, daily.</source>
        <translation>scheduleMode: &quot;%1&quot; er ikke en av off, interval, hourly, daily.</translation>
    </message>
    <message>
        <source>intervalMinutes: %1 is outside 1 to %2.</source>
        <translation>intervalMinutes: %1 er utenfor 1 til %2.</translation>
    </message>
    <message>
        <source>dailyTime: not a valid time of day.</source>
        <translation>dailyTime: ikke et gyldig klokkeslett.</translation>
    </message>
    <message>
        <source>phoneRegion: &quot;%1&quot; is not a two-letter region code such as NO.</source>
        <translation>phoneRegion: &quot;%1&quot; er ikke en regionkode på to bokstaver, for eksempel NO.</translation>
    </message>
    <message>
        <source>language: &quot;%1&quot; is not a language code such as nb or en.</source>
        <translation>language: &quot;%1&quot; er ikke en språkkode som nb eller en.</translation>
    </message>
    <message>
        <source>requestWindow: %1 is outside 1 to %2.</source>
        <translation>requestWindow: %1 er utenfor 1 til %2.</translation>
    </message>
    <message>
        <source>wixRequestsPerSecond: %1 is below 0.</source>
        <translation>wixRequestsPerSecond: %1 er under 0.</translation>
    </message>
    <message>
        <source>historyKeepDays: %1 is outside %2 to %3.</source>
        <translation>historyKeepDays: %1 er utenfor %2 til %3.</translation>
    </message>
    <message>
        <source>%1 is not a sandbox profile; it is left as it is.</source>
        <translation>%1 er ikke en sandkasseprofil; den blir stående som den er.</translation>
    </message>
    <message>
        <source>The sandbox profile %1 cannot be emptied.</source>
        <translation>Sandkasseprofilen %1 kan ikke tømmes.</translation>
    </message>
</context>
<context>
    <name>Tandem::PropertyDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Tandem::ReadPhase</name>
    <message>
        <source>could not list the ids on %1 (%2): no deletions are taken from there this run</source>
        <translation>kunne ikke liste opp id-ene i %1 (%2): ingen slettinger hentes derfra i denne kjøringen</translation>
    </message>
    <message numerus="yes">
        <source>could not confirm on %1 that %n record(s) missing from the id scan are gone (%2): no deletions are taken from there this run</source>
        <translation>
            <numerusform>kunne ikke bekrefte i %1 at %n post som mangler i id-skanningen, er borte (%2): ingen slettinger hentes derfra denne kjøringen</numerusform>
            <numerusform>kunne ikke bekrefte i %1 at %n poster som mangler i id-skanningen, er borte (%2): ingen slettinger hentes derfra denne kjøringen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::Reconciler</name>
    <message>
        <source>%1 from %2 does not fit %3: %4</source>
        <translation>%1 fra %2 passer ikke i %3: %4</translation>
    </message>
    <message>
        <source>deleted on both sides</source>
        <translation>slettet på begge sider</translation>
    </message>
    <message>
        <source>deleted on %1; policy unlink</source>
        <translation>slettet i %1; regel: fjern koblingen</translation>
    </message>
    <message>
        <source>deleted on %1 but edited on %2 since: kept, unlinked</source>
        <translation>slettet i %1, men endret i %2 siden: beholdt, koblingen fjernet</translation>
    </message>
    <message>
        <source>deleted on %1</source>
        <translation>slettet i %1</translation>
    </message>
    <message>
        <source>deleted on %1; waits until the conflict on %2 is settled</source>
        <translation>slettet i %1; venter til konflikten om %2 er avgjort</translation>
    </message>
</context>
<context>
    <name>Tandem::RunEntryTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Hva som ble endret</translation>
    </message>
    <message>
        <source>%1 id: %2</source>
        <translation>%1-ID: %2</translation>
    </message>
    <message>
        <source>Id on the service</source>
        <translation>ID hos tjenesten</translation>
    </message>
</context>
<context>
    <name>Tandem::RunSummaryText</name>
    <message>
        <source>%1 created, %2 updated, %3 deleted, %4 unchanged, %5 conflicts, %6 errors</source>
        <translation>%1 opprettet, %2 oppdatert, %3 slettet, %4 uendret, %5 konflikter, %6 feil</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
</context>
<context>
    <name>Tandem::RunTableModel</name>
    <message>
        <source>%1 (preview)</source>
        <translation>%1 (forhåndsvisning)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Undo of run %1: %2</source>
        <translation>Angring av kjøring %1: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::RunUndo</name>
    <message>
        <source>There is no run %1 in the history.</source>
        <translation>Det finnes ingen kjøring %1 i historikken.</translation>
    </message>
    <message>
        <source>The state store could not be read: %1</source>
        <translation>Tilstandslageret kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>The state store could not record the run: %1</source>
        <translation>Tilstandslageret kunne ikke registrere kjøringen: %1</translation>
    </message>
    <message>
        <source>The undo was cancelled; what was undone is recorded, and undoing run %1 again goes on from there.</source>
        <translation>Angringen ble avbrutt; det som ble angret, er registrert, og å angre kjøring %1 igjen fortsetter derfra.</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) could not be undone; each error says why. Undo run %1 again to try them again.</source>
        <translation>
            <numerusform>%n skriving kunne ikke angres; feilen sier hvorfor. Angre kjøring %1 igjen for å prøve på nytt.</numerusform>
            <numerusform>%n skrivinger kunne ikke angres; hver feil sier hvorfor. Angre kjøring %1 igjen for å prøve på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing run %1 would delete more records than the deletion guard allows; nothing was undone.</source>
        <translation>Å angre kjøring %1 ville slette flere poster enn slettevernet tillater; ingenting ble angret.</translation>
    </message>
    <message>
        <source>Nothing of run %1 is left to undo.</source>
        <translation>Det er ingenting igjen å angre av kjøring %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) were left as they are because their records changed since run %1; each says why.</source>
        <translation>
            <numerusform>%n skriving ble latt være fordi posten er endret etter kjøring %1; den sier hvorfor.</numerusform>
            <numerusform>%n skrivinger ble latt være fordi postene er endret etter kjøring %1; hver sier hvorfor.</numerusform>
        </translation>
    </message>
    <message>
        <source>changed while being undone; not undone</source>
        <translation>endret mens den ble angret; ikke angret</translation>
    </message>
    <message>
        <source>changed while being undone; kept</source>
        <translation>endret mens den ble angret; beholdt</translation>
    </message>
    <message>
        <source>Could not look for the record an interrupted undo made: %1</source>
        <translation>Kunne ikke lete etter posten en avbrutt angring laget: %1</translation>
    </message>
    <message>
        <source>back to what it was before run %1</source>
        <translation>tilbake til slik den var før kjøring %1</translation>
    </message>
    <message>
        <source>created by run %1</source>
        <translation>opprettet av kjøring %1</translation>
    </message>
    <message>
        <source>deleted by run %1; linked again to its partner</source>
        <translation>slettet av kjøring %1; koblet til partneren sin igjen</translation>
    </message>
    <message>
        <source>deleted by run %1</source>
        <translation>slettet av kjøring %1</translation>
    </message>
</context>
<context>
    <name>Tandem::SandboxLauncher</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Kunne ikke starte %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox did not report its addresses within %n second(s).</source>
        <translation>
            <numerusform>Sandkassen oppga ikke adressene sine innen %n sekund.</numerusform>
            <numerusform>Sandkassen oppga ikke adressene sine innen %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox program tandem-sandbox was not found next to Tandem.</source>
        <translation>Sandkasseprogrammet tandem-sandbox ble ikke funnet ved siden av Tandem.</translation>
    </message>
    <message>
        <source>The sandbox printed an unexpected first line: %1</source>
        <translation>Sandkassen skrev ut en uventet første linje: %1</translation>
    </message>
    <message>
        <source>The sandbox stopped unexpectedly. %1</source>
        <translation>Sandkassen stoppet uventet. %1</translation>
    </message>
    <message>
        <source>The sandbox exited with code %1 before it was ready. %2</source>
        <translation>Sandkassen avsluttet med kode %1 før den var klar. %2</translation>
    </message>
</context>
<context>
    <name>Tandem::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Automatisk synkronisering</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation>Med noen minutters mellomrom</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Hver time</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Synkroniser automatisk</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between runs</source>
        <translation>Minutter mellom kjøringer</translation>
    </message>
    <message>
        <source>Time of the daily run</source>
        <translation>Tidspunkt for den daglige kjøringen</translation>
    </message>
    <message>
        <source>&amp;Sync automatically:</source>
        <translation>&amp;Synkroniser automatisk:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Daily at:</source>
        <translation>&amp;Daglig kl.:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemspråk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>A new language takes effect when Tandem starts again.</source>
        <translation>Et nytt språk tas i bruk når Tandem startes på nytt.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>Start at &amp;login, in the tray</source>
        <translation>Start ved &amp;pålogging, i systemstatusfeltet</translation>
    </message>
    <message>
        <source>Tandem starts hidden in the tray when you log in, so scheduled syncs run.</source>
        <translation>Tandem starter skjult i systemstatusfeltet når du logger på, slik at planlagte synkroniseringer kjører.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Tandem: scheduled syncs run only while it is open. To sync with it closed, enable the tandem-sync timer (see the README).</source>
        <translation>Dette skrivebordet har ikke noe systemstatusfelt, så når du lukker vinduet, avsluttes Tandem: planlagte synkroniseringer kjører bare mens det er åpent. For å synkronisere når det er lukket, slå på tandem-sync-tidtakeren (se README).</translation>
    </message>
</context>
<context>
    <name>Tandem::SetupWizard</name>
    <message>
        <source>Set up Tandem</source>
        <translation>Sett opp Tandem</translation>
    </message>
    <message>
        <source>The sandbox is not available in this build.</source>
        <translation>Sandkassen er ikke tilgjengelig i denne versjonen.</translation>
    </message>
    <message>
        <source>Starting the sandbox servers…</source>
        <translation>Starter sandkasseserverne …</translation>
    </message>
    <message>
        <source>The sandbox is running with sample data; every page is filled in. Press Next to go on.</source>
        <translation>Sandkassen kjører med eksempeldata; alle sidene er fylt ut. Trykk Neste for å gå videre.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Innstillingene kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>The settings are saved in %1. The Wix API key and the CRMOffice sign-in are in the system keychain.</source>
        <translation>Innstillingene er lagret i %1. Wix API-nøkkelen og CRMOffice-påloggingen ligger i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>%1
The Wix API key and the CRMOffice sign-in were not saved anywhere, so syncs will fail until a keychain is available and you run this setup again. The other settings are saved in %2.</source>
        <translation>%1
Wix API-nøkkelen og CRMOffice-påloggingen ble ikke lagret noe sted, så synkroniseringer vil mislykkes til en nøkkelring er tilgjengelig og du kjører dette oppsettet på nytt. De andre innstillingene er lagret i %2.</translation>
    </message>
    <message>
        <source>Its sample keys are in the system keychain.</source>
        <translation>Eksempelnøklene ligger i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>%1 Its sample keys were not stored, so its syncs fail until a keychain is available.</source>
        <translation>%1 Eksempelnøklene ble ikke lagret, så synkroniseringene mislykkes til en nøkkelring er tilgjengelig.</translation>
    </message>
    <message>
        <source>This is the sandbox: its settings are in %1, and your own profile is left as it was; run this setup again for your accounts. %2</source>
        <translation>Dette er sandkassen: innstillingene ligger i %1, og din egen profil er uendret; kjør dette oppsettet på nytt for kontoene dine. %2</translation>
    </message>
</context>
<context>
    <name>Tandem::StateReset</name>
    <message>
        <source>The accounts changed, but the sync state %1 is in use by another Tandem program. Close it and try again; until then no sync runs.</source>
        <translation>Kontoene er endret, men synkroniseringstilstanden %1 brukes av et annet Tandem-program. Lukk det og prøv igjen; inntil da kjøres ingen synkronisering.</translation>
    </message>
    <message>
        <source>The accounts changed, but the sync state %1 could not be moved aside: %2. No sync runs until it is.</source>
        <translation>Kontoene er endret, men synkroniseringstilstanden %1 kunne ikke flyttes til side: %2. Ingen synkronisering kjøres før den er flyttet.</translation>
    </message>
    <message>
        <source>The accounts changed (before: Wix site %1 and CRMOffice %2; now: Wix site %3 and CRMOffice %4). Tandem starts from a fresh sync state; the old one is kept as %5. Nothing is deleted on either service because of the change.</source>
        <translation>Kontoene er endret (før: Wix-nettsted %1 og CRMOffice %2; nå: Wix-nettsted %3 og CRMOffice %4). Tandem starter med en ny synkroniseringstilstand; den gamle er tatt vare på som %5. Ingenting slettes i noen av tjenestene på grunn av endringen.</translation>
    </message>
</context>
<context>
    <name>Tandem::StateStore</name>
    <message>
        <source>The state store %1 cannot use write-ahead logging (journal mode %2).</source>
        <translation>Tilstandslageret %1 kan ikke bruke write-ahead-logging (journalmodus %2).</translation>
    </message>
    <message>
        <source>The state store %1 is damaged (%2); it was left untouched.</source>
        <translation>Tilstandslageret %1 er skadet (%2); det er ikke endret.</translation>
    </message>
    <message>
        <source>The state store %1 cannot be read: %2.</source>
        <translation>Tilstandslageret %1 kan ikke leses: %2.</translation>
    </message>
    <message>
        <source>The state store %1 is not an SQLite database (damaged or a different file); it was left untouched.</source>
        <translation>Tilstandslageret %1 er ikke en SQLite-database (skadet eller en annen fil); det er ikke endret.</translation>
    </message>
    <message>
        <source>The folder of the state store %1 does not exist.</source>
        <translation>Mappen til tilstandslageret %1 finnes ikke.</translation>
    </message>
    <message>
        <source>The state store %1 is not a regular file.</source>
        <translation>Tilstandslageret %1 er ikke en vanlig fil.</translation>
    </message>
    <message>
        <source>The state store %1 cannot be created: %2.</source>
        <translation>Tilstandslageret %1 kan ikke opprettes: %2.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tandem state store; it was left untouched.</source>
        <translation>%1 er en SQLite-database fra et annet program, ikke et tilstandslager for Tandem; den er ikke endret.</translation>
    </message>
    <message>
        <source>The state store %1 has schema version %2, but this Tandem understands versions up to %3. Use a newer Tandem.</source>
        <translation>Tilstandslageret %1 har skjemaversjon %2, men denne versjonen av Tandem forstår bare versjoner opp til %3. Bruk en nyere versjon av Tandem.</translation>
    </message>
    <message>
        <source>There is no conflict %1 in %2.</source>
        <translation>Det finnes ingen konflikt %1 i %2.</translation>
    </message>
    <message>
        <source>There is no run %1 in %2.</source>
        <translation>Det finnes ingen kjøring %1 i %2.</translation>
    </message>
    <message>
        <source>There is no link %1 in %2.</source>
        <translation>Det finnes ingen kobling %1 i %2.</translation>
    </message>
</context>
<context>
    <name>Tandem::StaticTokenProvider</name>
    <message>
        <source>No CRMOffice API token is set.</source>
        <translation>Ingen API-token for CRMOffice er angitt.</translation>
    </message>
</context>
<context>
    <name>Tandem::StoreConnection</name>
    <message>
        <source>The database connection name &quot;%1&quot; is already in use in this program; each thread needs its own.</source>
        <translation>Databasetilkoblingsnavnet &quot;%1&quot; er allerede i bruk i dette programmet; hver tråd trenger sitt eget.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>åpning</translation>
    </message>
    <message>
        <source>The state store %1 is not open.</source>
        <translation>Tilstandslageret %1 er ikke åpent.</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>klargjøring av en SQL-setning</translation>
    </message>
    <message>
        <source>The change to %1 was abandoned.</source>
        <translation>Endringen av %1 ble forkastet.</translation>
    </message>
    <message>
        <source>The state store %1 is locked by another program or thread (%2: %3).</source>
        <translation>Tilstandslageret %1 er låst av et annet program eller en annen tråd (%2: %3).</translation>
    </message>
    <message>
        <source>The state store %1 is damaged (%2: %3).</source>
        <translation>Tilstandslageret %1 er skadet (%2: %3).</translation>
    </message>
    <message>
        <source>The state store %1 refused a change that breaks its rules (%2: %3).</source>
        <translation>Tilstandslageret %1 avviste en endring som bryter reglene (%2: %3).</translation>
    </message>
    <message>
        <source>The state store %1 could not be used (%2: %3).</source>
        <translation>Tilstandslageret %1 kunne ikke brukes (%2: %3).</translation>
    </message>
    <message>
        <source>The state store %1 has an unreadable value in %2.%3 of row %4.</source>
        <translation>Tilstandslageret %1 har en uleselig verdi i %2.%3 i rad %4.</translation>
    </message>
</context>
<context>
    <name>Tandem::SyncController</name>
    <message>
        <source>A sync is already running.</source>
        <translation>En synkronisering kjører allerede.</translation>
    </message>
</context>
<context>
    <name>Tandem::SyncRun</name>
    <message>
        <source>The state store could not record the run: %1</source>
        <translation>Tilstandslageret kunne ikke registrere kjøringen: %1</translation>
    </message>
    <message>
        <source>The run was cancelled; what was written is recorded.</source>
        <translation>Kjøringen ble avbrutt; det som allerede ble skrevet, er registrert.</translation>
    </message>
    <message>
        <source>not tried, since %1 could not be used by the flow before</source>
        <translation>ikke forsøkt, siden %1 ikke kunne brukes av flyten før</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision.</source>
        <translation>
            <numerusform>%n konflikt venter på en avgjørelse.</numerusform>
            <numerusform>%n konflikter venter på en avgjørelse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be synced; each error says why. The next run tries them again.</source>
        <translation>
            <numerusform>%n post kunne ikke synkroniseres; hver feil sier hvorfor. Neste kjøring prøver igjen.</numerusform>
            <numerusform>%n poster kunne ikke synkroniseres; hver feil sier hvorfor. Neste kjøring prøver dem igjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync state was made for other accounts (Wix site %1 and CRMOffice %2); nothing was synced. Run the setup or `tandem-cli configure` again to start from a fresh state.</source>
        <translation>Synkroniseringstilstanden ble laget for andre kontoer (Wix-nettsted %1 og CRMOffice %2); ingenting ble synkronisert. Kjør oppsettet eller `tandem-cli configure` på nytt for å starte med en ny tilstand.</translation>
    </message>
</context>
<context>
    <name>Tandem::SyncWorker</name>
    <message>
        <source>A sync is already running.</source>
        <translation>En synkronisering kjører allerede.</translation>
    </message>
    <message>
        <source>Another Tandem process is syncing this profile (%1).</source>
        <translation>En annen Tandem-prosess synkroniserer denne profilen (%1).</translation>
    </message>
    <message>
        <source>Cannot lock the profile %1 for a sync: the folder is missing or not writable.</source>
        <translation>Kan ikke låse profilen %1 for en synkronisering: mappen mangler eller er skrivebeskyttet.</translation>
    </message>
</context>
<context>
    <name>Tandem::TrayIcon</name>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>&amp;Open Tandem</source>
        <translation>Å&amp;pne Tandem</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Tandem: %1</source>
        <translation>Tandem: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::UiText</name>
    <message>
        <source>Wix</source>
        <translation>Wix</translation>
    </message>
    <message>
        <source>CRMOffice</source>
        <translation>CRMOffice</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Products → Companies</source>
        <translation>Produkter → Firmaer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Heltall</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ja/nei</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslett</translation>
    </message>
    <message>
        <source>Dataflow document</source>
        <translation>Dataflytdokument</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Begge veier</translation>
    </message>
    <message>
        <source>Wix → CRMOffice</source>
        <translation>Wix → CRMOffice</translation>
    </message>
    <message>
        <source>CRMOffice → Wix</source>
        <translation>CRMOffice → Wix</translation>
    </message>
    <message>
        <source>Create in CRMOffice from Wix</source>
        <translation>Opprett i CRMOffice fra Wix</translation>
    </message>
    <message>
        <source>Create in Wix from CRMOffice</source>
        <translation>Opprett i Wix fra CRMOffice</translation>
    </message>
    <message>
        <source>Only link existing records</source>
        <translation>Bare koble eksisterende poster</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Spør meg</translation>
    </message>
    <message>
        <source>Newest edit wins</source>
        <translation>Nyeste endring vinner</translation>
    </message>
    <message>
        <source>Wix wins</source>
        <translation>Wix vinner</translation>
    </message>
    <message>
        <source>CRMOffice wins</source>
        <translation>CRMOffice vinner</translation>
    </message>
    <message>
        <source>Delete the partner record</source>
        <translation>Slett den koblede posten</translation>
    </message>
    <message>
        <source>Only unlink the partner record</source>
        <translation>Bare fjern koblingen til den koblede posten</translation>
    </message>
    <message>
        <source>Reading changes</source>
        <translation>Leser endringer</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Sammenligner</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planlegger</translation>
    </message>
    <message>
        <source>Writing changes</source>
        <translation>Skriver endringer</translation>
    </message>
    <message>
        <source>Saving the outcome</source>
        <translation>Lagrer resultatet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kjører</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Vellykket</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Konflikter må løses</translation>
    </message>
    <message>
        <source>Stopped by the deletion guard</source>
        <translation>Stoppet av slettevernet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koble</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hopp over</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Koblet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Forhåndsvisning: %1</translation>
    </message>
    <message>
        <source>(%1 calls to Wix, %2 to CRMOffice)</source>
        <translation>(%1 kall til Wix, %2 til CRMOffice)</translation>
    </message>
    <message>
        <source>Undone in part: records changed since</source>
        <translation>Delvis angret: poster er endret siden</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>Tandem::UndoDialog</name>
    <message>
        <source>Undo run %1</source>
        <translation>Angre kjøring %1</translation>
    </message>
    <message>
        <source>Nothing of run %1 is left to undo.</source>
        <translation>Det er ingenting igjen å angre av kjøring %1.</translation>
    </message>
    <message numerus="yes">
        <source>Undoing run %1 would make these %n change(s). Nothing has been written yet.</source>
        <translation>
            <numerusform>Å angre kjøring %1 ville gjøre %n endring. Ingenting er skrevet ennå.</numerusform>
            <numerusform>Å angre kjøring %1 ville gjøre disse %n endringene. Ingenting er skrevet ennå.</numerusform>
        </translation>
    </message>
    <message>
        <source>It deletes more records than the deletion guard lets a run delete unasked: check them before you go on.</source>
        <translation>Den sletter flere poster enn slettevernet lar en kjøring slette uten å spørre: sjekk dem før du går videre.</translation>
    </message>
    <message>
        <source>Changes the undo would make</source>
        <translation>Endringer angringen ville gjøre</translation>
    </message>
    <message>
        <source>Records the undo leaves as they are</source>
        <translation>Poster angringen lar være som de er</translation>
    </message>
    <message>
        <source>%1 %2 in %3: %4</source>
        <translation>%1 %2 i %3: %4</translation>
    </message>
    <message>
        <source>Left as they are, because they changed since the run:</source>
        <translation>Latt være som de er, fordi de er endret etter kjøringen:</translation>
    </message>
    <message>
        <source>&amp;Undo and delete them</source>
        <translation>&amp;Angre og slett dem</translation>
    </message>
    <message>
        <source>&amp;Undo run</source>
        <translation>&amp;Angre kjøringen</translation>
    </message>
    <message>
        <source>&amp;Keep things as they are</source>
        <translation>&amp;La alt være som det er</translation>
    </message>
</context>
<context>
    <name>Tandem::UndoPlanner</name>
    <message>
        <source>not undone: its flow is no longer in the mapping</source>
        <translation>ikke angret: flyten er ikke lenger i tilordningen</translation>
    </message>
    <message>
        <source>not undone: %1</source>
        <translation>ikke angret: %1</translation>
    </message>
    <message>
        <source>deleted since, not undone</source>
        <translation>slettet siden, ikke angret</translation>
    </message>
    <message>
        <source>changed since, not undone: %1</source>
        <translation>endret siden, ikke angret: %1</translation>
    </message>
    <message>
        <source>edited since it was created, kept</source>
        <translation>redigert etter at den ble opprettet, beholdt</translation>
    </message>
    <message>
        <source>cannot be undone: recorded by a Tandem that did not keep what an undo needs</source>
        <translation>kan ikke angres: registrert av en Tandem som ikke tok vare på det en angring trenger</translation>
    </message>
    <message>
        <source>cannot be undone: nothing of the record was kept</source>
        <translation>kan ikke angres: ingenting av posten ble tatt vare på</translation>
    </message>
</context>
<context>
    <name>Tandem::ValueCoercion</name>
    <message>
        <source>cannot store %1 as %2: %3</source>
        <translation>kan ikke lagre %1 som %2: %3</translation>
    </message>
    <message>
        <source>not a single value</source>
        <translation>ikke én enkelt verdi</translation>
    </message>
    <message>
        <source>%1 characters, at most %2 fit</source>
        <translation>%1 tegn, maks %2 får plass</translation>
    </message>
    <message>
        <source>outside %1..%2</source>
        <translation>utenfor %1..%2</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>ikke et heltall</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ikke et tall</translation>
    </message>
    <message>
        <source>expected true/false, yes/no or 1/0</source>
        <translation>forventet true/false, yes/no eller 1/0</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>forventet en dato ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>expected an RFC 3339 date and time with an offset, e.g. 2024-09-27T10:00:00+02:00</source>
        <translation>forventet dato og klokkeslett etter RFC 3339 med tidssoneforskyvning, f.eks. 2024-09-27T10:00:00+02:00</translation>
    </message>
    <message>
        <source>finer than a millisecond</source>
        <translation>finere enn ett millisekund</translation>
    </message>
    <message>
        <source>unknown data type</source>
        <translation>ukjent datatype</translation>
    </message>
</context>
<context>
    <name>Tandem::WixAccountPage</name>
    <message>
        <source>Your Wix site</source>
        <translation>Wix-nettstedet ditt</translation>
    </message>
    <message>
        <source>Tandem reads and writes the site&apos;s contacts and products with an API key. Create one in the Wix dashboard under API Keys.</source>
        <translation>Tandem leser og skriver nettstedets kontakter og produkter med en API-nøkkel. Opprett en i Wix-kontrollpanelet under API Keys.</translation>
    </message>
    <message>
        <source>Try with &amp;sandbox data</source>
        <translation>Prøv med &amp;sandkassedata</translation>
    </message>
    <message>
        <source>Start local test servers with sample data and fill in every page, so you can try Tandem without real accounts.</source>
        <translation>Start lokale testservere med eksempeldata og fyll ut alle sidene, så du kan prøve Tandem uten ekte kontoer.</translation>
    </message>
    <message>
        <source>Wix API address</source>
        <translation>Wix API-adresse</translation>
    </message>
    <message>
        <source>Wix API key</source>
        <translation>Wix API-nøkkel</translation>
    </message>
    <message>
        <source>Wix site id</source>
        <translation>Wix nettsted-ID</translation>
    </message>
    <message>
        <source>e.g. 3f2b9c1e-…</source>
        <translation>f.eks. 3f2b9c1e-…</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;adresse:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;nøkkel:</translation>
    </message>
    <message>
        <source>Site &amp;id:</source>
        <translation>&amp;Nettsted-ID:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>Enter the API address, the API key and the site id first.</source>
        <translation>Skriv inn API-adressen, API-nøkkelen og nettsted-ID-en først.</translation>
    </message>
    <message>
        <source>Connecting to Wix…</source>
        <translation>Kobler til Wix …</translation>
    </message>
</context>
<context>
    <name>Tandem::WixApi</name>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 svarte %2: %3</translation>
    </message>
    <message>
        <source>%1 answered without &quot;%2&quot;</source>
        <translation>%1 svarte uten &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 answered without a &quot;%2&quot; list</source>
        <translation>%1 svarte uten en &quot;%2&quot;-liste</translation>
    </message>
</context>
<context>
    <name>Tandem::WixCatalogProbe</name>
    <message>
        <source>Stores Catalog V1</source>
        <translation>Stores Catalog V1</translation>
    </message>
    <message>
        <source>Catalog V3</source>
        <translation>Catalog V3</translation>
    </message>
    <message>
        <source>Wix Stores not installed (no products)</source>
        <translation>Wix Stores er ikke installert (ingen produkter)</translation>
    </message>
    <message>
        <source>unknown catalog (%1)</source>
        <translation>ukjent katalog (%1)</translation>
    </message>
    <message>
        <source>%1 answered an unknown catalogVersion &quot;%2&quot;</source>
        <translation>%1 svarte med en ukjent catalogVersion &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Tandem::WixConnector</name>
    <message>
        <source>Wix Stores is not installed on this site: there are no products to sync.</source>
        <translation>Wix Stores er ikke installert på dette nettstedet: det finnes ingen produkter å synkronisere.</translation>
    </message>
    <message>
        <source>Wix has no collection &quot;%1&quot; (contacts and products are supported)</source>
        <translation>Wix har ingen samling «%1» (kontakter og produkter støttes)</translation>
    </message>
</context>
<context>
    <name>Tandem::WixContactsClient</name>
    <message>
        <source>Wix contact %1 is at revision %2, not %3</source>
        <translation>Wix-kontakten %1 har revisjon %2, ikke %3</translation>
    </message>
    <message>
        <source>cannot delete on Wix: contact %1 is a site member, a Wix user or has a subscription (%2)</source>
        <translation>kan ikke slette i Wix: kontakten %1 er medlem av nettstedet, en Wix-bruker eller har et abonnement (%2)</translation>
    </message>
    <message>
        <source>%1 answered the same contacts again for offset %2</source>
        <translation>%1 svarte med de samme kontaktene igjen for forskyvning %2</translation>
    </message>
    <message>
        <source>%1 answered contacts without a createdDate</source>
        <translation>%1 svarte med kontakter uten createdDate</translation>
    </message>
</context>
<context>
    <name>Tandem::WixProductsV1Client</name>
    <message>
        <source>%1 answered a product without an increasing numericId</source>
        <translation>%1 svarte med et produkt uten stigende numericId</translation>
    </message>
    <message>
        <source>Wix product %1 changed on Wix since it was read</source>
        <translation>Wix-produktet %1 er endret i Wix siden det ble lest</translation>
    </message>
    <message>
        <source>it has no numericId</source>
        <translation>det har ingen numericId</translation>
    </message>
    <message>
        <source>%1 answered a page without a product to page past</source>
        <translation>%1 svarte med en side uten et produkt å bla forbi</translation>
    </message>
</context>
<context>
    <name>Tandem::WixProductsV3Client</name>
    <message>
        <source>%1 answered no result for this item</source>
        <translation>%1 svarte uten resultat for dette elementet</translation>
    </message>
    <message>
        <source>%1, item %2: %3 (%4)</source>
        <translation>%1, element %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Wix product %1 is at revision %2, not %3</source>
        <translation>Wix-produktet %1 har revisjon %2, ikke %3</translation>
    </message>
    <message>
        <source>Wix product %1 has options: its price is set per variant, on Wix</source>
        <translation>Wix-produktet %1 har alternativer: prisen settes per variant, på Wix</translation>
    </message>
</context>
<context>
    <name>TargetValue</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2</source>
        <translation>«%1» er ikke en gyldig verdi av type %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Two-way sync between a Wix site and CRMOffice.</source>
        <translation>Toveis synkronisering mellom et Wix-nettsted og CRMOffice.</translation>
    </message>
    <message>
        <source>The profile folder to open (default: %1).</source>
        <translation>Profilmappen som skal åpnes (standard: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>Start in the tray, without opening the window.</source>
        <translation>Start i systemstatusfeltet uten å åpne vinduet.</translation>
    </message>
</context>
</TS>
