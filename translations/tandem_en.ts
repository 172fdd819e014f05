<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BaseUrlPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a complete web address.</source>
        <translation>&quot;%1&quot; is not a complete web address.</translation>
    </message>
    <message>
        <source>The address %1 must not contain a user name or password; credentials are kept in the keychain.</source>
        <translation>The address %1 must not contain a user name or password; credentials are kept in the keychain.</translation>
    </message>
    <message>
        <source>The address %1 must not contain a query (?...) or fragment (#...).</source>
        <translation>The address %1 must not contain a query (?...) or fragment (#...).</translation>
    </message>
    <message>
        <source>The address %1 uses plain http; use https (http is allowed only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation>The address %1 uses plain http; use https (http is allowed only for this computer: localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The address %1 must start with https://.</source>
        <translation>The address %1 must start with https://.</translation>
    </message>
</context>
<context>
    <name>SetupWidgets</name>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>Tandem::AboutDialog</name>
    <message>
        <source>About Tandem</source>
        <translation>About Tandem</translation>
    </message>
    <message>
        <source>Keeps a Wix site and a CRMOffice account in two-way sync.</source>
        <translation>Keeps a Wix site and a CRMOffice account in two-way sync.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>Tandem::Applier</name>
    <message>
        <source>changed again while being written %1 times; left for the next run</source>
        <translation>changed again while being written %1 times; left for the next run</translation>
    </message>
    <message>
        <source>cannot delete on %1: %2</source>
        <translation>cannot delete on %1: %2</translation>
    </message>
    <message>
        <source>changed again while being deleted; left for the next run</source>
        <translation>changed again while being deleted; left for the next run</translation>
    </message>
    <message>
        <source>the batch call answered nothing for it</source>
        <translation>the batch call answered nothing for it</translation>
    </message>
</context>
<context>
    <name>Tandem::Autostart</name>
    <message>
        <source>Two-way sync between a Wix site and CRMOffice</source>
        <translation>Two-way sync between a Wix site and CRMOffice</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Could not remove %1.</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>Could not create the folder of %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::ConflictDialog</name>
    <message>
        <source>Take &amp;Wix for all</source>
        <translation>Take &amp;Wix for all</translation>
    </message>
    <message>
        <source>Take &amp;CRMOffice for all</source>
        <translation>Take &amp;CRMOffice for all</translation>
    </message>
    <message>
        <source>&amp;Sync now to apply these choices</source>
        <translation>&amp;Sync now to apply these choices</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Wix value</source>
        <translation>Wix value</translation>
    </message>
    <message>
        <source>CRMOffice value</source>
        <translation>CRMOffice value</translation>
    </message>
    <message>
        <source>At last sync</source>
        <translation>At last sync</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Typed value</source>
        <translation>Typed value</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>Take Wix</source>
        <translation>Take Wix</translation>
    </message>
    <message>
        <source>Take CRMOffice</source>
        <translation>Take CRMOffice</translation>
    </message>
    <message>
        <source>Type a value</source>
        <translation>Type a value</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Keep for %1</translation>
    </message>
    <message>
        <source>Typed value for %1</source>
        <translation>Typed value for %1</translation>
    </message>
    <message>
        <source>Resolve conflicts: %1</source>
        <translation>Resolve conflicts: %1</translation>
    </message>
    <message>
        <source>Both sides changed %1 (%2) since the last sync. Choose the value to keep for each field in bold; the next sync writes it to both sides.</source>
        <translation>Both sides changed %1 (%2) since the last sync. Choose the value to keep for each field in bold; the next sync writes it to both sides.</translation>
    </message>
    <message>
        <source>%1 on both sides</source>
        <translation>%1 on both sides</translation>
    </message>
</context>
<context>
    <name>Tandem::ConflictFieldModel</name>
    <message>
        <source>In conflict</source>
        <translation>In conflict</translation>
    </message>
    <message>
        <source>%1 on Wix, %2 on CRMOffice</source>
        <translation>%1 on Wix, %2 on CRMOffice</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Wix value</source>
        <translation>Wix value</translation>
    </message>
    <message>
        <source>CRMOffice value</source>
        <translation>CRMOffice value</translation>
    </message>
</context>
<context>
    <name>Tandem::ConflictResolver</name>
    <message>
        <source>There is no conflict %1.</source>
        <translation>There is no conflict %1.</translation>
    </message>
    <message>
        <source>Conflict %1 is already resolved; the next sync applies it.</source>
        <translation>Conflict %1 is already resolved; the next sync applies it.</translation>
    </message>
    <message>
        <source>Choose the Wix value, the CRMOffice value or a value of your own.</source>
        <translation>Choose the Wix value, the CRMOffice value or a value of your own.</translation>
    </message>
    <message>
        <source>Conflict %1: no value given.</source>
        <translation>Conflict %1: no value given.</translation>
    </message>
</context>
<context>
    <name>Tandem::ConflictTableModel</name>
    <message>
        <source>Linked record %1 in %2</source>
        <translation>Linked record %1 in %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Wix value</source>
        <translation>Wix value</translation>
    </message>
    <message>
        <source>CRMOffice value</source>
        <translation>CRMOffice value</translation>
    </message>
    <message>
        <source>Value at last sync</source>
        <translation>Value at last sync</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Detected at</translation>
    </message>
</context>
<context>
    <name>Tandem::ConflictsPage</name>
    <message>
        <source>Filter by record, field or value</source>
        <translation>Filter by record, field or value</translation>
    </message>
    <message>
        <source>Filter conflicts</source>
        <translation>Filter conflicts</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <source>Take &amp;Wix for selection</source>
        <translation>Take &amp;Wix for selection</translation>
    </message>
    <message>
        <source>Take &amp;CRMOffice for selection</source>
        <translation>Take &amp;CRMOffice for selection</translation>
    </message>
    <message>
        <source>Sync &amp;now to apply</source>
        <translation>Sync &amp;now to apply</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved. The next sync writes the chosen values to both sides.</source>
        <translation>
            <numerusform>%n conflict resolved. The next sync writes the chosen values to both sides.</numerusform>
            <numerusform>%n conflicts resolved. The next sync writes the chosen values to both sides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::ConnectionProbe</name>
    <message>
        <source>%1 did not accept the credentials. Check the key, token or site id. (%2)</source>
        <translation>%1 did not accept the credentials. Check the key, token or site id. (%2)</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the address and the network. (%2)</source>
        <translation>%1 could not be reached. Check the address and the network. (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The mapping has no flow to test with.</source>
        <translation>The mapping has no flow to test with.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n record(s) in %2</source>
        <translation>
            <numerusform>Connected to %1: %n record in %2</numerusform>
            <numerusform>Connected to %1: %n records in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Wix site %1</source>
        <translation>Wix site %1</translation>
    </message>
    <message>
        <source>CRMOffice at %1</source>
        <translation>CRMOffice at %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
</context>
<context>
    <name>Tandem::ConnectionTester</name>
    <message>
        <source>A connection test is already running.</source>
        <translation>A connection test is already running.</translation>
    </message>
</context>
<context>
    <name>Tandem::ConnectorFactory</name>
    <message>
        <source>The %1 could not be read from the keychain: %2 For a headless run, set %3 instead.</source>
        <translation>The %1 could not be read from the keychain: %2 For a headless run, set %3 instead.</translation>
    </message>
    <message>
        <source>No %1 is stored for this profile. Enter it in Tandem&apos;s setup (it goes to the keychain) or, for a headless run, set %2.</source>
        <translation>No %1 is stored for this profile. Enter it in Tandem&apos;s setup (it goes to the keychain) or, for a headless run, set %2.</translation>
    </message>
    <message>
        <source>The profile has no Wix address or site id: run the setup or `tandem-cli configure` first.</source>
        <translation>The profile has no Wix address or site id: run the setup or `tandem-cli configure` first.</translation>
    </message>
    <message>
        <source>Wix API key</source>
        <translation>Wix API key</translation>
    </message>
    <message>
        <source>CRMOffice refresh token</source>
        <translation>CRMOffice refresh token</translation>
    </message>
    <message>
        <source>The profile has no CRMOffice address: run the setup or `tandem-cli configure` first.</source>
        <translation>The profile has no CRMOffice address: run the setup or `tandem-cli configure` first.</translation>
    </message>
    <message>
        <source>CRMOffice sign-in</source>
        <translation>CRMOffice sign-in</translation>
    </message>
    <message>
        <source>CRMOffice API token</source>
        <translation>CRMOffice API token</translation>
    </message>
</context>
<context>
    <name>Tandem::CredentialStore</name>
    <message>
        <source>No keychain is available on this system (no Secret Service such as GNOME Keyring or KWallet is running). Tandem keeps secrets only in a keychain, so nothing was stored or read.</source>
        <translation>No keychain is available on this system (no Secret Service such as GNOME Keyring or KWallet is running). Tandem keeps secrets only in a keychain, so nothing was stored or read.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Access to the keychain was refused.</translation>
    </message>
    <message>
        <source>The keychain denied access: %1</source>
        <translation>The keychain denied access: %1</translation>
    </message>
    <message>
        <source>The keychain could not remove the secret: %1</source>
        <translation>The keychain could not remove the secret: %1</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1). Tandem keeps secrets only in a keychain, so nothing was stored or read.</source>
        <translation>The keychain could not be used (%1). Tandem keeps secrets only in a keychain, so nothing was stored or read.</translation>
    </message>
    <message>
        <source>The keychain did not answer before Tandem stopped.</source>
        <translation>The keychain did not answer before Tandem stopped.</translation>
    </message>
</context>
<context>
    <name>Tandem::CrmAccountPage</name>
    <message>
        <source>Your CRMOffice account</source>
        <translation>Your CRMOffice account</translation>
    </message>
    <message>
        <source>Enter your account&apos;s API address, then sign in with your browser or paste an API token.</source>
        <translation>Enter your account&apos;s API address, then sign in with your browser or paste an API token.</translation>
    </message>
    <message>
        <source>CRMOffice API address</source>
        <translation>CRMOffice API address</translation>
    </message>
    <message>
        <source>https://yourcompany.crmoffice.example/api/v1</source>
        <translation>https://yourcompany.crmoffice.example/api/v1</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API &amp;address:</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Sign in with &amp;browser</translation>
    </message>
    <message>
        <source>Si&amp;gn in…</source>
        <translation>Si&amp;gn in…</translation>
    </message>
    <message>
        <source>Use an API &amp;token</source>
        <translation>Use an API &amp;token</translation>
    </message>
    <message>
        <source>CRMOffice API token</source>
        <translation>CRMOffice API token</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Enter the API address first.</source>
        <translation>Enter the API address first.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; Tandem waits here.</source>
        <translation>Finish signing in in your browser; Tandem waits here.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>Enter the API address and sign in first.</source>
        <translation>Enter the API address and sign in first.</translation>
    </message>
    <message>
        <source>Enter the API address and the API token first.</source>
        <translation>Enter the API address and the API token first.</translation>
    </message>
    <message>
        <source>Connecting to CRMOffice…</source>
        <translation>Connecting to CRMOffice…</translation>
    </message>
</context>
<context>
    <name>Tandem::CrmOfficeConnector</name>
    <message>
        <source>No CRMOffice sign-in is configured.</source>
        <translation>No CRMOffice sign-in is configured.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 answered %2: %3</translation>
    </message>
    <message>
        <source>CRMOffice has no collection &quot;%1&quot; (contacts and companies are supported)</source>
        <translation>CRMOffice has no collection &quot;%1&quot; (contacts and companies are supported)</translation>
    </message>
    <message>
        <source>%1 answered a record without an id</source>
        <translation>%1 answered a record without an id</translation>
    </message>
    <message>
        <source>%1 answered without an &quot;items&quot; list</source>
        <translation>%1 answered without an &quot;items&quot; list</translation>
    </message>
</context>
<context>
    <name>Tandem::CsvWriter</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::DataflowImporter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>line %1: no flow sections found (expected sections titled &quot;&lt;System&gt; &lt;Collection&gt; to &lt;System&gt; &lt;Collection&gt;&quot; underlined with &quot;---&quot;)</source>
        <translation>line %1: no flow sections found (expected sections titled &quot;&lt;System&gt; &lt;Collection&gt; to &lt;System&gt; &lt;Collection&gt;&quot; underlined with &quot;---&quot;)</translation>
    </message>
    <message>
        <source>line %1: expected a section title &quot;&lt;System&gt; &lt;Collection&gt; to &lt;System&gt; &lt;Collection&gt;&quot; naming %2 and %3, found &quot;%4&quot;</source>
        <translation>line %1: expected a section title &quot;&lt;System&gt; &lt;Collection&gt; to &lt;System&gt; &lt;Collection&gt;&quot; naming %2 and %3, found &quot;%4&quot;</translation>
    </message>
    <message>
        <source>line %1: %2 -&gt; %3 is listed again with another data type; the first one is kept</source>
        <translation>line %1: %2 -&gt; %3 is listed again with another data type; the first one is kept</translation>
    </message>
    <message>
        <source>line %1: the creation sentence contradicts line %2 for the same flow; the first one is kept</source>
        <translation>line %1: the creation sentence contradicts line %2 for the same flow; the first one is kept</translation>
    </message>
    <message>
        <source>flow &quot;%1&quot;: the document says nothing that creates records; imported as link-only</source>
        <translation>flow &quot;%1&quot;: the document says nothing that creates records; imported as link-only</translation>
    </message>
</context>
<context>
    <name>Tandem::DataflowSectionParser</name>
    <message>
        <source>line %1: expected a list-table after this sentence</source>
        <translation>line %1: expected a list-table after this sentence</translation>
    </message>
    <message>
        <source>line %1: expected a list-table after the sentence on line %2</source>
        <translation>line %1: expected a list-table after the sentence on line %2</translation>
    </message>
    <message>
        <source>conditional creation is not supported yet; the sentence is kept as a note on the flow and creates nothing: &quot;%1&quot;</source>
        <translation>conditional creation is not supported yet; the sentence is kept as a note on the flow and creates nothing: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sentence not understood, ignored: &quot;%1&quot;</source>
        <translation>sentence not understood, ignored: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the creation sentence names &quot;%1&quot; and &quot;%2&quot;, not &quot;%3&quot; and &quot;%4&quot;; ignored</source>
        <translation>the creation sentence names &quot;%1&quot; and &quot;%2&quot;, not &quot;%3&quot; and &quot;%4&quot;; ignored</translation>
    </message>
    <message>
        <source>a second creation sentence contradicts line %1; the first one is kept</source>
        <translation>a second creation sentence contradicts line %1; the first one is kept</translation>
    </message>
    <message>
        <source>directive ignored: &quot;%1&quot;</source>
        <translation>directive ignored: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1: a list-table must follow &quot;The following properties are synchronized between ...:&quot; or &quot;A ... will merge with a ... if ...:&quot;</source>
        <translation>line %1: a list-table must follow &quot;The following properties are synchronized between ...:&quot; or &quot;A ... will merge with a ... if ...:&quot;</translation>
    </message>
    <message>
        <source>%1 property, %2 property, %3 data type</source>
        <translation>%1 property, %2 property, %3 data type</translation>
    </message>
    <message>
        <source>line %1: expected a property name in the %2 column</source>
        <translation>line %1: expected a property name in the %2 column</translation>
    </message>
    <message>
        <source>line %1: unknown data type %2 (expected one of &quot;string&quot;, &quot;integer&quot;, &quot;number&quot;, &quot;boolean&quot;, &quot;date&quot;, &quot;datetime&quot;)</source>
        <translation>line %1: unknown data type %2 (expected one of &quot;string&quot;, &quot;integer&quot;, &quot;number&quot;, &quot;boolean&quot;, &quot;date&quot;, &quot;datetime&quot;)</translation>
    </message>
    <message>
        <source>%1 property, %2 property</source>
        <translation>%1 property, %2 property</translation>
    </message>
    <message>
        <source>line %1: expected the same number of non-empty properties on both sides of a match-key row</source>
        <translation>line %1: expected the same number of non-empty properties on both sides of a match-key row</translation>
    </message>
    <message>
        <source>line %1 (section &quot;%2&quot;): %3</source>
        <translation>line %1 (section &quot;%2&quot;): %3</translation>
    </message>
</context>
<context>
    <name>Tandem::DataflowTitle</name>
    <message>
        <source>line %1: not a dataflow document: expected a title block, a title such as &quot;Wix.com to CRMOffice Dataflow&quot; between two lines of &quot;===&quot;</source>
        <translation>line %1: not a dataflow document: expected a title block, a title such as &quot;Wix.com to CRMOffice Dataflow&quot; between two lines of &quot;===&quot;</translation>
    </message>
</context>
<context>
    <name>Tandem::DeletionGuardDialog</name>
    <message>
        <source>%1: delete %2 in %3</source>
        <translation>%1: delete %2 in %3</translation>
    </message>
    <message>
        <source>Many records would be deleted</source>
        <translation>Many records would be deleted</translation>
    </message>
    <message>
        <source>Records that would be deleted</source>
        <translation>Records that would be deleted</translation>
    </message>
    <message numerus="yes">
        <source>This sync would delete %n record(s), more than the usual share. Nothing has been deleted yet. Check the list: if the records were removed on purpose, delete them on the other side too.</source>
        <translation>
            <numerusform>This sync would delete %n record, more than the usual share. Nothing has been deleted yet. Check the list: if the records were removed on purpose, delete them on the other side too.</numerusform>
            <numerusform>This sync would delete %n records, more than the usual share. Nothing has been deleted yet. Check the list: if the records were removed on purpose, delete them on the other side too.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>&amp;Delete them</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Keep them</translation>
    </message>
    <message>
        <source>%1: delete %2 in %3 (id %4)</source>
        <translation>%1: delete %2 in %3 (id %4)</translation>
    </message>
</context>
<context>
    <name>Tandem::DesktopApp</name>
    <message>
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>Nothing answers at %1 any more (a sandbox that has stopped?): set up the accounts again.</source>
        <translation>Nothing answers at %1 any more (a sandbox that has stopped?): set up the accounts again.</translation>
    </message>
    <message>
        <source>The sandbox had stopped; starting it again with fresh sample data…</source>
        <translation>The sandbox had stopped; starting it again with fresh sample data…</translation>
    </message>
</context>
<context>
    <name>Tandem::FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Tandem saves the accounts. Nothing is written to Wix or CRMOffice until you sync.</source>
        <translation>Tandem saves the accounts. Nothing is written to Wix or CRMOffice until you sync.</translation>
    </message>
    <message>
        <source>&amp;Preview the first sync now (a dry run: nothing is written)</source>
        <translation>&amp;Preview the first sync now (a dry run: nothing is written)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
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
        <translation>Property pairs of %1</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>Validation message</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>New records</translation>
    </message>
    <message>
        <source>When both sides changed</source>
        <translation>When both sides changed</translation>
    </message>
    <message>
        <source>When a record is deleted</source>
        <translation>When a record is deleted</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>New records:</translation>
    </message>
    <message>
        <source>When both sides changed:</source>
        <translation>When both sides changed:</translation>
    </message>
    <message>
        <source>When a record is deleted:</source>
        <translation>When a record is deleted:</translation>
    </message>
    <message>
        <source>New Wix property</source>
        <translation>New Wix property</translation>
    </message>
    <message>
        <source>New CRMOffice property</source>
        <translation>New CRMOffice property</translation>
    </message>
    <message>
        <source>New data type</source>
        <translation>New data type</translation>
    </message>
    <message>
        <source>&amp;Add pair</source>
        <translation>&amp;Add pair</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>Select a row to remove first.</source>
        <translation>Select a row to remove first.</translation>
    </message>
    <message>
        <source>Wix property, e.g. %1</source>
        <translation>Wix property, e.g. %1</translation>
    </message>
    <message>
        <source>CRMOffice property, e.g. %1</source>
        <translation>CRMOffice property, e.g. %1</translation>
    </message>
</context>
<context>
    <name>Tandem::FlowSync</name>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: skipped: %2</translation>
    </message>
    <message>
        <source>%1: reading %2 failed: %3</source>
        <translation>%1: reading %2 failed: %3</translation>
    </message>
    <message>
        <source>%1: linked %2 and %3 from the journal of an interrupted run</source>
        <translation>%1: linked %2 and %3 from the journal of an interrupted run</translation>
    </message>
    <message>
        <source>matched by the flow&apos;s match key</source>
        <translation>matched by the flow&apos;s match key</translation>
    </message>
    <message>
        <source>%1: the Wix site moved from %2 to %3; links are kept by product id</source>
        <translation>%1: the Wix site moved from %2 to %3; links are kept by product id</translation>
    </message>
    <message>
        <source>no longer found on Wix after the site changed catalog: unlinked, %1 %2 kept</source>
        <translation>no longer found on Wix after the site changed catalog: unlinked, %1 %2 kept</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: link %2 is gone from the state store</source>
        <translation>%1: link %2 is gone from the state store</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of %2 links would be deleted; stopped before deleting (force to go ahead)</source>
        <translation>
            <numerusform>%1: %n of %2 links would be deleted; stopped before deleting (force to go ahead)</numerusform>
            <numerusform>%1: %n of %2 links would be deleted; stopped before deleting (force to go ahead)</numerusform>
        </translation>
    </message>
    <message>
        <source>the open conflicts</source>
        <translation>the open conflicts</translation>
    </message>
    <message>
        <source>%1: the run stopped: %2 could not be read: %3</source>
        <translation>%1: the run stopped: %2 could not be read: %3</translation>
    </message>
    <message>
        <source>the links</source>
        <translation>the links</translation>
    </message>
    <message>
        <source>the conflicts</source>
        <translation>the conflicts</translation>
    </message>
    <message>
        <source>the watermark</source>
        <translation>the watermark</translation>
    </message>
    <message>
        <source>the intent journal</source>
        <translation>the intent journal</translation>
    </message>
    <message>
        <source>the Wix catalog of the last run</source>
        <translation>the Wix catalog of the last run</translation>
    </message>
    <message>
        <source>%1: the mapping changed since the last run, so the flow was read in full.</source>
        <translation>%1: the mapping changed since the last run, so the flow was read in full.</translation>
    </message>
    <message>
        <source>the mapping fingerprint</source>
        <translation>the mapping fingerprint</translation>
    </message>
</context>
<context>
    <name>Tandem::HistoryFilterBar</name>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>Runs from</source>
        <translation>Runs from</translation>
    </message>
    <message>
        <source>Runs to</source>
        <translation>Runs to</translation>
    </message>
    <message>
        <source>◀ &amp;Newer</source>
        <translation>◀ &amp;Newer</translation>
    </message>
    <message>
        <source>&amp;Older ▶</source>
        <translation>&amp;Older ▶</translation>
    </message>
    <message>
        <source>Record id or name</source>
        <translation>Record id or name</translation>
    </message>
    <message>
        <source>Find runs that wrote a record</source>
        <translation>Find runs that wrote a record</translation>
    </message>
    <message>
        <source>Find runs by action</source>
        <translation>Find runs by action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>No runs</source>
        <translation>No runs</translation>
    </message>
    <message>
        <source>Runs %1 to %2 of %3</source>
        <translation>Runs %1 to %2 of %3</translation>
    </message>
</context>
<context>
    <name>Tandem::HistoryPage</name>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Select a run to see what it did.</source>
        <translation>Select a run to see what it did.</translation>
    </message>
    <message>
        <source>Filter by record, action or change</source>
        <translation>Filter by record, action or change</translation>
    </message>
    <message>
        <source>Filter run details</source>
        <translation>Filter run details</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Run details</source>
        <translation>Run details</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n record(s) touched</source>
        <translation>
            <numerusform>Run %1: %n record touched</numerusform>
            <numerusform>Run %1: %n records touched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Export run details</source>
        <translation>Export run details</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>&amp;Undo this run…</source>
        <translation>&amp;Undo this run…</translation>
    </message>
    <message>
        <source>Take back what the selected run wrote, after a preview (Ctrl+U)</source>
        <translation>Take back what the selected run wrote, after a preview (Ctrl+U)</translation>
    </message>
    <message>
        <source>Undo this run</source>
        <translation>Undo this run</translation>
    </message>
</context>
<context>
    <name>Tandem::HttpClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
    <message>
        <source>%1: TLS error: %2</source>
        <translation>%1: TLS error: %2</translation>
    </message>
    <message>
        <source>rate limited (429)</source>
        <translation>rate limited (429)</translation>
    </message>
    <message>
        <source>server error %1 %2</source>
        <translation>server error %1 %2</translation>
    </message>
    <message>
        <source>%1 failed: %2; not retried because the request may already have been applied</source>
        <translation>%1 failed: %2; not retried because the request may already have been applied</translation>
    </message>
    <message>
        <source>%1: %2, retrying in %3 ms</source>
        <translation>%1: %2, retrying in %3 ms</translation>
    </message>
    <message>
        <source>%1 failed after %2 attempts: %3</source>
        <translation>%1 failed after %2 attempts: %3</translation>
    </message>
    <message>
        <source>%1 answered an empty body where JSON was expected</source>
        <translation>%1 answered an empty body where JSON was expected</translation>
    </message>
    <message>
        <source>%1 answered malformed or truncated JSON: %2 at byte %3</source>
        <translation>%1 answered malformed or truncated JSON: %2 at byte %3</translation>
    </message>
    <message>
        <source>%1 answered JSON that is not an object</source>
        <translation>%1 answered JSON that is not an object</translation>
    </message>
    <message>
        <source>the connection closed before the answer came</source>
        <translation>the connection closed before the answer came</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: refused: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::IntentResolver</name>
    <message>
        <source>found the record an interrupted run created</source>
        <translation>found the record an interrupted run created</translation>
    </message>
</context>
<context>
    <name>Tandem::ListItem</name>
    <message>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>it is %1, not an object</source>
        <translation>it is %1, not an object</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>it has no id</translation>
    </message>
    <message>
        <source>its id is %1, not a string</source>
        <translation>its id is %1, not a string</translation>
    </message>
    <message>
        <source>its id is empty</source>
        <translation>its id is empty</translation>
    </message>
    <message>
        <source>%1 %2, item %3 of page %4</source>
        <translation>%1 %2, item %3 of page %4</translation>
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
        <translation>line %1: expected a table row &quot;* - &lt;cell&gt;&quot;</translation>
    </message>
    <message>
        <source>line %1: the table declares %2 header rows but has %3 rows</source>
        <translation>line %1: the table declares %2 header rows but has %3 rows</translation>
    </message>
    <message>
        <source>line %1: expected a row of %2 cells (%3), found %4</source>
        <translation>line %1: expected a row of %2 cells (%3), found %4</translation>
    </message>
    <message>
        <source>line %1: expected a table cell &quot;- &lt;cell&gt;&quot; or row &quot;* - &lt;cell&gt;&quot;</source>
        <translation>line %1: expected a table cell &quot;- &lt;cell&gt;&quot; or row &quot;* - &lt;cell&gt;&quot;</translation>
    </message>
    <message>
        <source>line %1: expected a number after &quot;:header-rows:&quot;</source>
        <translation>line %1: expected a number after &quot;:header-rows:&quot;</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Mappings</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Sync now (Ctrl+R, F5)</source>
        <translation>Sync now (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Show what a sync would change, without writing (Ctrl+P)</source>
        <translation>Show what a sync would change, without writing (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Stop the running sync (Esc)</source>
        <translation>Stop the running sync (Esc)</translation>
    </message>
    <message>
        <source>Set &amp;up accounts…</source>
        <translation>Set &amp;up accounts…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Preview running…</source>
        <translation>Preview running…</translation>
    </message>
    <message>
        <source>Sync running…</source>
        <translation>Sync running…</translation>
    </message>
    <message>
        <source>Tandem: the sync had errors</source>
        <translation>Tandem: the sync had errors</translation>
    </message>
    <message>
        <source>Tandem: conflicts need you</source>
        <translation>Tandem: conflicts need you</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflicts (%1)</translation>
    </message>
    <message>
        <source>Tandem keeps running</source>
        <translation>Tandem keeps running</translation>
    </message>
    <message>
        <source>Scheduled syncs go on. Quit from the tray icon&apos;s menu.</source>
        <translation>Scheduled syncs go on. Quit from the tray icon&apos;s menu.</translation>
    </message>
    <message>
        <source>Schedule, language and start at login (Ctrl+,)</source>
        <translation>Schedule, language and start at login (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>&amp;About Tandem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>%1, %2. %3</source>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <source>Tandem – sandbox with sample data, not your accounts</source>
        <translation>Tandem – sandbox with sample data, not your accounts</translation>
    </message>
    <message>
        <source>Cannot undo run %1</source>
        <translation>Cannot undo run %1</translation>
    </message>
    <message>
        <source>Preparing the undo of run %1…</source>
        <translation>Preparing the undo of run %1…</translation>
    </message>
    <message>
        <source>Undo of run %1 running…</source>
        <translation>Undo of run %1 running…</translation>
    </message>
</context>
<context>
    <name>Tandem::MappingJsonReader</name>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>unsupported mapping file version %1 (this Tandem reads version %2)</source>
        <translation>unsupported mapping file version %1 (this Tandem reads version %2)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>duplicate flow id &quot;%1&quot;</source>
        <translation>duplicate flow id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a flow id must not be empty</source>
        <translation>a flow id must not be empty</translation>
    </message>
    <message>
        <source>a match rule needs as many wix paths as crm paths (%1 and %2)</source>
        <translation>a match rule needs as many wix paths as crm paths (%1 and %2)</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>unknown key (expected one of: %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>unknown %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>expected a JSON object at the top level</translation>
    </message>
    <message>
        <source>cannot read mapping file %1: %2</source>
        <translation>cannot read mapping file %1: %2</translation>
    </message>
    <message>
        <source>mapping file %1: %2</source>
        <translation>mapping file %1: %2</translation>
    </message>
    <message>
        <source>cannot write mapping file %1: %2</source>
        <translation>cannot write mapping file %1: %2</translation>
    </message>
    <message>
        <source>creation direction</source>
        <translation>creation direction</translation>
    </message>
    <message>
        <source>conflict policy</source>
        <translation>conflict policy</translation>
    </message>
    <message>
        <source>deletion policy</source>
        <translation>deletion policy</translation>
    </message>
    <message>
        <source>data type</source>
        <translation>data type</translation>
    </message>
    <message>
        <source>pair origin</source>
        <translation>pair origin</translation>
    </message>
    <message>
        <source>pair direction</source>
        <translation>pair direction</translation>
    </message>
</context>
<context>
    <name>Tandem::MappingReviewPage</name>
    <message>
        <source>What Tandem keeps in sync</source>
        <translation>What Tandem keeps in sync</translation>
    </message>
    <message>
        <source>These property pairs come from the dataflow document. You can change them later on the Mappings page.</source>
        <translation>These property pairs come from the dataflow document. You can change them later on the Mappings page.</translation>
    </message>
    <message>
        <source>The mapping could not be read: %1</source>
        <translation>The mapping could not be read: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2; when both sides changed: %3; deletions: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2; when both sides changed: %3; deletions: %4</translation>
    </message>
    <message>
        <source>Property pairs of %1</source>
        <translation>Property pairs of %1</translation>
    </message>
</context>
<context>
    <name>Tandem::MappingTableModel</name>
    <message>
        <source>Wix property</source>
        <translation>Wix property</translation>
    </message>
    <message>
        <source>CRMOffice property</source>
        <translation>CRMOffice property</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Data type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
</context>
<context>
    <name>Tandem::MappingValidator</name>
    <message>
        <source>the %1 path is empty</source>
        <translation>the %1 path is empty</translation>
    </message>
    <message>
        <source>the %1 path &quot;%2&quot; is already mapped in row %3</source>
        <translation>the %1 path &quot;%2&quot; is already mapped in row %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 values, which the data type &quot;%3&quot; of &quot;%4&quot; cannot hold</source>
        <translation>&quot;%1&quot; holds %2 values, which the data type &quot;%3&quot; of &quot;%4&quot; cannot hold</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 holds %3 values and cannot take the %4 values of &quot;%5&quot;; make the row one-way (wix-to-crmoffice)</source>
        <translation>&quot;%1&quot; on %2 holds %3 values and cannot take the %4 values of &quot;%5&quot;; make the row one-way (wix-to-crmoffice)</translation>
    </message>
    <message>
        <source>Flow &quot;%1&quot;: no row maps the required %2 field &quot;%3&quot;; %2 cannot create a record of %4 without it</source>
        <translation>Flow &quot;%1&quot;: no row maps the required %2 field &quot;%3&quot;; %2 cannot create a record of %4 without it</translation>
    </message>
    <message>
        <source>Flow &quot;%1&quot;, match rule %2: every rule needs the same number of non-empty paths on both sides</source>
        <translation>Flow &quot;%1&quot;, match rule %2: every rule needs the same number of non-empty paths on both sides</translation>
    </message>
    <message>
        <source>Flow &quot;%1&quot;, row %2: %3</source>
        <translation>Flow &quot;%1&quot;, row %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a property of %2 %3 that Tandem reads and writes, so it would never sync; the properties it syncs are: %4</source>
        <translation>&quot;%1&quot; is not a property of %2 %3 that Tandem reads and writes, so it would never sync; the properties it syncs are: %4</translation>
    </message>
</context>
<context>
    <name>Tandem::MappingsPage</name>
    <message>
        <source>Import &amp;dataflow document…</source>
        <translation>Import &amp;dataflow document…</translation>
    </message>
    <message>
        <source>&amp;Import mapping…</source>
        <translation>&amp;Import mapping…</translation>
    </message>
    <message>
        <source>&amp;Export mapping…</source>
        <translation>&amp;Export mapping…</translation>
    </message>
    <message>
        <source>Mapping message</source>
        <translation>Mapping message</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n flow(s) from %1.</source>
        <translation>
            <numerusform>Loaded %n flow from %1.</numerusform>
            <numerusform>Loaded %n flows from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Could not import %1: %2</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Could not export to %1: %2</translation>
    </message>
    <message>
        <source>Exported the mapping to %1.</source>
        <translation>Exported the mapping to %1.</translation>
    </message>
    <message>
        <source>Import dataflow document</source>
        <translation>Import dataflow document</translation>
    </message>
    <message>
        <source>Dataflow documents (*.rst *.txt);;All files (*)</source>
        <translation>Dataflow documents (*.rst *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import mapping</source>
        <translation>Import mapping</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Mapping files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Export mapping</source>
        <translation>Export mapping</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Mapping files (*.json)</translation>
    </message>
    <message>
        <source>Could not import %1:</source>
        <translation>Could not import %1:</translation>
    </message>
</context>
<context>
    <name>Tandem::OAuthSignIn</name>
    <message>
        <source>Could not listen on a loopback port for the sign-in answer.</source>
        <translation>Could not listen on a loopback port for the sign-in answer.</translation>
    </message>
    <message>
        <source>Tandem is signed in to CRMOffice. You can close this page.</source>
        <translation>Tandem is signed in to CRMOffice. You can close this page.</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation>Sign-in was refused: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: the server did not accept the answer.</source>
        <translation>Sign-in failed: the server did not accept the answer.</translation>
    </message>
</context>
<context>
    <name>Tandem::OAuthTokenProvider</name>
    <message>
        <source>The CRMOffice sign-in has expired and there is no refresh token: sign in again.</source>
        <translation>The CRMOffice sign-in has expired and there is no refresh token: sign in again.</translation>
    </message>
    <message>
        <source>Refreshing the CRMOffice sign-in failed (%1 %2): sign in again.</source>
        <translation>Refreshing the CRMOffice sign-in failed (%1 %2): sign in again.</translation>
    </message>
    <message>
        <source>%1 answered without an access_token</source>
        <translation>%1 answered without an access_token</translation>
    </message>
</context>
<context>
    <name>Tandem::OverviewPage</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Wix status</source>
        <translation>Wix status</translation>
    </message>
    <message>
        <source>CRMOffice status</source>
        <translation>CRMOffice status</translation>
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
        <translation>Sync</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>No run yet</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>No schedule</translation>
    </message>
    <message>
        <source>Next scheduled run</source>
        <translation>Next scheduled run</translation>
    </message>
    <message>
        <source>Last run:</source>
        <translation>Last run:</translation>
    </message>
    <message>
        <source>Next run:</source>
        <translation>Next run:</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Run phase</source>
        <translation>Run phase</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Run progress</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Preview shows what a sync would change, without writing anything.</source>
        <translation>Preview shows what a sync would change, without writing anything.</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Planned changes</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Preview started</source>
        <translation>Preview started</translation>
    </message>
    <message>
        <source>Sync started</source>
        <translation>Sync started</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1 of %2)</translation>
    </message>
    <message>
        <source>The preview found nothing to change.</source>
        <translation>The preview found nothing to change.</translation>
    </message>
    <message numerus="yes">
        <source>A sync would make these %n changes. Nothing has been written yet.</source>
        <translation>
            <numerusform>A sync would make these %n changes. Nothing has been written yet.</numerusform>
            <numerusform>A sync would make these %n changes. Nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Known after the first sync</source>
        <translation>Known after the first sync</translation>
    </message>
    <message>
        <source>Wix product catalog</source>
        <translation>Wix product catalog</translation>
    </message>
    <message>
        <source>Wix products:</source>
        <translation>Wix products:</translation>
    </message>
    <message>
        <source>Set up both accounts first (File ▸ Set up accounts…): until then there is nothing to sync.</source>
        <translation>Set up both accounts first (File ▸ Set up accounts…): until then there is nothing to sync.</translation>
    </message>
    <message>
        <source>Preview of the undo of run %1 started</source>
        <translation>Preview of the undo of run %1 started</translation>
    </message>
    <message>
        <source>Undo of run %1 started</source>
        <translation>Undo of run %1 started</translation>
    </message>
</context>
<context>
    <name>Tandem::PlanTableModel</name>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Writes to</source>
        <translation>Writes to</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Wix id</source>
        <translation>Wix id</translation>
    </message>
    <message>
        <source>CRMOffice id</source>
        <translation>CRMOffice id</translation>
    </message>
</context>
<context>
    <name>Tandem::Planner</name>
    <message>
        <source>Wix has %1, CRMOffice has %2</source>
        <translation>Wix has %1, CRMOffice has %2</translation>
    </message>
</context>
<context>
    <name>Tandem::Profile</name>
    <message>
        <source>The profile folder %1 is a file, not a folder.</source>
        <translation>The profile folder %1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>The profile folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3.</source>
        <translation>%1 is not valid JSON at offset %2: %3.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 does not hold a JSON object.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has a value of the wrong type or format.</source>
        <translation>%1: &quot;%2&quot; has a value of the wrong type or format.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The settings were not saved. %1</source>
        <translation>The settings were not saved. %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 cannot be written: %2.</translation>
    </message>
    <message>
        <source>crmAuth: &quot;%1&quot; is neither &quot;token&quot; nor &quot;oauth&quot;.</source>
        <translation>crmAuth: &quot;%1&quot; is neither &quot;token&quot; nor &quot;oauth&quot;.</translation>
    </message>
    <message>
        <source>scheduleMode: &quot;%1&quot; is not one of off, interval, hourly, daily.</source>
        <translation>scheduleMode: &quot;%1&quot; is not one of off, interval, hourly, daily.</translation>
    </message>
    <message>
        <source>intervalMinutes: %1 is outside 1 to %2.</source>
        <translation>intervalMinutes: %1 is outside 1 to %2.</translation>
    </message>
    <message>
        <source>dailyTime: not a valid time of day.</source>
        <translation>dailyTime: not a valid time of day.</translation>
    </message>
    <message>
        <source>phoneRegion: &quot;%1&quot; is not a two-letter region code such as NO.</source>
        <translation>phoneRegion: &quot;%1&quot; is not a two-letter region code such as NO.</translation>
    </message>
    <message>
        <source>language: &quot;%1&quot; is not a language code such as nb or en.</source>
        <translation>language: &quot;%1&quot; is not a language code such as nb or en.</translation>
    </message>
    <message>
        <source>requestWindow: %1 is outside 1 to %2.</source>
        <translation>requestWindow: %1 is outside 1 to %2.</translation>
    </message>
    <message>
        <source>wixRequestsPerSecond: %1 is below 0.</source>
        <translation>wixRequestsPerSecond: %1 is below 0.</translation>
    </message>
    <message>
        <source>historyKeepDays: %1 is outside %2 to %3.</source>
        <translation>historyKeepDays: %1 is outside %2 to %3.</translation>
    </message>
    <message>
        <source>%1 is not a sandbox profile; it is left as it is.</source>
        <translation>%1 is not a sandbox profile; it is left as it is.</translation>
    </message>
    <message>
        <source>The sandbox profile %1 cannot be emptied.</source>
        <translation>The sandbox profile %1 cannot be emptied.</translation>
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
        <translation>could not list the ids on %1 (%2): no deletions are taken from there this run</translation>
    </message>
    <message numerus="yes">
        <source>could not confirm on %1 that %n record(s) missing from the id scan are gone (%2): no deletions are taken from there this run</source>
        <translation>
            <numerusform>could not confirm on %1 that %n record missing from the id scan is gone (%2): no deletions are taken from there this run</numerusform>
            <numerusform>could not confirm on %1 that %n records missing from the id scan are gone (%2): no deletions are taken from there this run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tandem::Reconciler</name>
    <message>
        <source>%1 from %2 does not fit %3: %4</source>
        <translation>%1 from %2 does not fit %3: %4</translation>
    </message>
    <message>
        <source>deleted on both sides</source>
        <translation>deleted on both sides</translation>
    </message>
    <message>
        <source>deleted on %1; policy unlink</source>
        <translation>deleted on %1; policy unlink</translation>
    </message>
    <message>
        <source>deleted on %1 but edited on %2 since: kept, unlinked</source>
        <translation>deleted on %1 but edited on %2 since: kept, unlinked</translation>
    </message>
    <message>
        <source>deleted on %1</source>
        <translation>deleted on %1</translation>
    </message>
    <message>
        <source>deleted on %1; waits until the conflict on %2 is settled</source>
        <translation>deleted on %1; waits until the conflict on %2 is settled</translation>
    </message>
</context>
<context>
    <name>Tandem::RunEntryTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>%1 id: %2</source>
        <translation>%1 id: %2</translation>
    </message>
    <message>
        <source>Id on the service</source>
        <translation>Id on the service</translation>
    </message>
</context>
<context>
    <name>Tandem::RunSummaryText</name>
    <message>
        <source>%1 created, %2 updated, %3 deleted, %4 unchanged, %5 conflicts, %6 errors</source>
        <translation>%1 created, %2 updated, %3 deleted, %4 unchanged, %5 conflicts, %6 errors</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>Tandem::RunTableModel</name>
    <message>
        <source>%1 (preview)</source>
        <translation>%1 (preview)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Undo of run %1: %2</source>
        <translation>Undo of run %1: %2</translation>
    </message>
</context>
<context>
    <name>Tandem::RunUndo</name>
    <message>
        <source>There is no run %1 in the history.</source>
        <translation>There is no run %1 in the history.</translation>
    </message>
    <message>
        <source>The state store could not be read: %1</source>
        <translation>The state store could not be read: %1</translation>
    </message>
    <message>
        <source>The state store could not record the run: %1</source>
        <translation>The state store could not record the run: %1</translation>
    </message>
    <message>
        <source>The undo was cancelled; what was undone is recorded, and undoing run %1 again goes on from there.</source>
        <translation>The undo was cancelled; what was undone is recorded, and undoing run %1 again goes on from there.</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) could not be undone; each error says why. Undo run %1 again to try them again.</source>
        <translation>
            <numerusform>%n write could not be undone; its error says why. Undo run %1 again to try it again.</numerusform>
            <numerusform>%n writes could not be undone; each error says why. Undo run %1 again to try them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing run %1 would delete more records than the deletion guard allows; nothing was undone.</source>
        <translation>Undoing run %1 would delete more records than the deletion guard allows; nothing was undone.</translation>
    </message>
    <message>
        <source>Nothing of run %1 is left to undo.</source>
        <translation>Nothing of run %1 is left to undo.</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) were left as they are because their records changed since run %1; each says why.</source>
        <translation>
            <numerusform>%n write was left as it is because its record changed since run %1; it says why.</numerusform>
            <numerusform>%n writes were left as they are because their records changed since run %1; each says why.</numerusform>
        </translation>
    </message>
    <message>
        <source>changed while being undone; not undone</source>
        <translation>changed while being undone; not undone</translation>
    </message>
    <message>
        <source>changed while being undone; kept</source>
        <translation>changed while being undone; kept</translation>
    </message>
    <message>
        <source>Could not look for the record an interrupted undo made: %1</source>
        <translation>Could not look for the record an interrupted undo made: %1</translation>
    </message>
    <message>
        <source>back to what it was before run %1</source>
        <translation>back to what it was before run %1</translation>
    </message>
    <message>
        <source>created by run %1</source>
        <translation>created by run %1</translation>
    </message>
    <message>
        <source>deleted by run %1; linked again to its partner</source>
        <translation>deleted by run %1; linked again to its partner</translation>
    </message>
    <message>
        <source>deleted by run %1</source>
        <translation>deleted by run %1</translation>
    </message>
</context>
<context>
    <name>Tandem::SandboxLauncher</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Could not start %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox did not report its addresses within %n second(s).</source>
        <translation>
            <numerusform>The sandbox did not report its addresses within %n second.</numerusform>
            <numerusform>The sandbox did not report its addresses within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox program tandem-sandbox was not found next to Tandem.</source>
        <translation>The sandbox program tandem-sandbox was not found next to Tandem.</translation>
    </message>
    <message>
        <source>The sandbox printed an unexpected first line: %1</source>
        <translation>The sandbox printed an unexpected first line: %1</translation>
    </message>
    <message>
        <source>The sandbox stopped unexpectedly. %1</source>
        <translation>The sandbox stopped unexpectedly. %1</translation>
    </message>
    <message>
        <source>The sandbox exited with code %1 before it was ready. %2</source>
        <translation>The sandbox exited with code %1 before it was ready. %2</translation>
    </message>
</context>
<context>
    <name>Tandem::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Automatic sync</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation>Every few minutes</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Hourly</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Sync automatically</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between runs</source>
        <translation>Minutes between runs</translation>
    </message>
    <message>
        <source>Time of the daily run</source>
        <translation>Time of the daily run</translation>
    </message>
    <message>
        <source>&amp;Sync automatically:</source>
        <translation>&amp;Sync automatically:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Every:</translation>
    </message>
    <message>
        <source>&amp;Daily at:</source>
        <translation>&amp;Daily at:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>A new language takes effect when Tandem starts again.</source>
        <translation>A new language takes effect when Tandem starts again.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Start at &amp;login, in the tray</source>
        <translation>Start at &amp;login, in the tray</translation>
    </message>
    <message>
        <source>Tandem starts hidden in the tray when you log in, so scheduled syncs run.</source>
        <translation>Tandem starts hidden in the tray when you log in, so scheduled syncs run.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Tandem: scheduled syncs run only while it is open. To sync with it closed, enable the tandem-sync timer (see the README).</source>
        <translation>This desktop has no system tray, so closing the window quits Tandem: scheduled syncs run only while it is open. To sync with it closed, enable the tandem-sync timer (see the README).</translation>
    </message>
</context>
<context>
    <name>Tandem::SetupWizard</name>
    <message>
        <source>Set up Tandem</source>
        <translation>Set up Tandem</translation>
    </message>
    <message>
        <source>The sandbox is not available in this build.</source>
        <translation>The sandbox is not available in this build.</translation>
    </message>
    <message>
        <source>Starting the sandbox servers…</source>
        <translation>Starting the sandbox servers…</translation>
    </message>
    <message>
        <source>The sandbox is running with sample data; every page is filled in. Press Next to go on.</source>
        <translation>The sandbox is running with sample data; every page is filled in. Press Next to go on.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
    <message>
        <source>The settings are saved in %1. The Wix API key and the CRMOffice sign-in are in the system keychain.</source>
        <translation>The settings are saved in %1. The Wix API key and the CRMOffice sign-in are in the system keychain.</translation>
    </message>
    <message>
        <source>%1
The Wix API key and the CRMOffice sign-in were not saved anywhere, so syncs will fail until a keychain is available and you run this setup again. The other settings are saved in %2.</source>
        <translation>%1
The Wix API key and the CRMOffice sign-in were not saved anywhere, so syncs will fail until a keychain is available and you run this setup again. The other settings are saved in %2.</translation>
    </message>
    <message>
        <source>Its sample keys are in the system keychain.</source>
        <translation>Its sample keys are in the system keychain.</translation>
    </message>
    <message>
        <source>%1 Its sample keys were not stored, so its syncs fail until a keychain is available.</source>
        <translation>%1 Its sample keys were not stored, so its syncs fail until a keychain is available.</translation>
    </message>
    <message>
        <source>This is the sandbox: its settings are in %1, and your own profile is left as it was; run this setup again for your accounts. %2</source>
        <translation>This is the sandbox: its settings are in %1, and your own profile is left as it was; run this setup again for your accounts. %2</translation>
    </message>
</context>
<context>
    <name>Tandem::StateReset</name>
    <message>
        <source>The accounts changed, but the sync state %1 is in use by another Tandem program. Close it and try again; until then no sync runs.</source>
        <translation>The accounts changed, but the sync state %1 is in use by another Tandem program. Close it and try again; until then no sync runs.</translation>
    </message>
    <message>
        <source>The accounts changed, but the sync state %1 could not be moved aside: %2. No sync runs until it is.</source>
        <translation>The accounts changed, but the sync state %1 could not be moved aside: %2. No sync runs until it is.</translation>
    </message>
    <message>
        <source>The accounts changed (before: Wix site %1 and CRMOffice %2; now: Wix site %3 and CRMOffice %4). Tandem starts from a fresh sync state; the old one is kept as %5. Nothing is deleted on either service because of the change.</source>
        <translation>The accounts changed (before: Wix site %1 and CRMOffice %2; now: Wix site %3 and CRMOffice %4). Tandem starts from a fresh sync state; the old one is kept as %5. Nothing is deleted on either service because of the change.</translation>
    </message>
</context>
<context>
    <name>Tandem::StateStore</name>
    <message>
        <source>The state store %1 cannot use write-ahead logging (journal mode %2).</source>
        <translation>The state store %1 cannot use write-ahead logging (journal mode %2).</translation>
    </message>
    <message>
        <source>The state store %1 is damaged (%2); it was left untouched.</source>
        <translation>The state store %1 is damaged (%2); it was left untouched.</translation>
    </message>
    <message>
        <source>The state store %1 cannot be read: %2.</source>
        <translation>The state store %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The state store %1 is not an SQLite database (damaged or a different file); it was left untouched.</source>
        <translation>The state store %1 is not an SQLite database (damaged or a different file); it was left untouched.</translation>
    </message>
    <message>
        <source>The folder of the state store %1 does not exist.</source>
        <translation>The folder of the state store %1 does not exist.</translation>
    </message>
    <message>
        <source>The state store %1 is not a regular file.</source>
        <translation>The state store %1 is not a regular file.</translation>
    </message>
    <message>
        <source>The state store %1 cannot be created: %2.</source>
        <translation>The state store %1 cannot be created: %2.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tandem state store; it was left untouched.</source>
        <translation>%1 is an SQLite database of another program, not a Tandem state store; it was left untouched.</translation>
    </message>
    <message>
        <source>The state store %1 has schema version %2, but this Tandem understands versions up to %3. Use a newer Tandem.</source>
        <translation>The state store %1 has schema version %2, but this Tandem understands versions up to %3. Use a newer Tandem.</translation>
    </message>
    <message>
        <source>There is no conflict %1 in %2.</source>
        <translation>There is no conflict %1 in %2.</translation>
    </message>
    <message>
        <source>There is no run %1 in %2.</source>
        <translation>There is no run %1 in %2.</translation>
    </message>
    <message>
        <source>There is no link %1 in %2.</source>
        <translation>There is no link %1 in %2.</translation>
    </message>
</context>
<context>
    <name>Tandem::StaticTokenProvider</name>
    <message>
        <source>No CRMOffice API token is set.</source>
        <translation>No CRMOffice API token is set.</translation>
    </message>
</context>
<context>
    <name>Tandem::StoreConnection</name>
    <message>
        <source>The database connection name &quot;%1&quot; is already in use in this program; each thread needs its own.</source>
        <translation>The database connection name &quot;%1&quot; is already in use in this program; each thread needs its own.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>opening</translation>
    </message>
    <message>
        <source>The state store %1 is not open.</source>
        <translation>The state store %1 is not open.</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>preparing a statement</translation>
    </message>
    <message>
        <source>The change to %1 was abandoned.</source>
        <translation>The change to %1 was abandoned.</translation>
    </message>
    <message>
        <source>The state store %1 is locked by another program or thread (%2: %3).</source>
        <translation>The state store %1 is locked by another program or thread (%2: %3).</translation>
    </message>
    <message>
        <source>The state store %1 is damaged (%2: %3).</source>
        <translation>The state store %1 is damaged (%2: %3).</translation>
    </message>
    <message>
        <source>The state store %1 refused a change that breaks its rules (%2: %3).</source>
        <translation>The state store %1 refused a change that breaks its rules (%2: %3).</translation>
    </message>
    <message>
        <source>The state store %1 could not be used (%2: %3).</source>
        <translation>The state store %1 could not be used (%2: %3).</translation>
    </message>
    <message>
        <source>The state store %1 has an unreadable value in %2.%3 of row %4.</source>
        <translation>The state store %1 has an unreadable value in %2.%3 of row %4.</translation>
    </message>
</context>
<context>
    <name>Tandem::SyncController</name>
    <message>
        <source>A sync is already running.</source>
        <translation>A sync is already running.</translation>
    </message>
</context>
<context>
    <name>Tandem::SyncRun</name>
    <message>
        <source>The state store could not record the run: %1</source>
        <translation>The state store could not record the run: %1</translation>
    </message>
    <message>
        <source>The run was cancelled; what was written is recorded.</source>
        <translation>The run was cancelled; what was written is recorded.</translation>
    </message>
    <message>
        <source>not tried, since %1 could not be used by the flow before</source>
        <translation>not tried, since %1 could not be used by the flow before</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision.</source>
        <translation>
            <numerusform>%n conflict wait for a decision.</numerusform>
            <numerusform>%n conflicts wait for a decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be synced; each error says why. The next run tries them again.</source>
        <translation>
            <numerusform>%n record could not be synced; each error says why. The next run tries them again.</numerusform>
            <numerusform>%n records could not be synced; each error says why. The next run tries them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync state was made for other accounts (Wix site %1 and CRMOffice %2); nothing was synced. Run the setup or `tandem-cli configure` again to start from a fresh state.</source>
        <translation>The sync state was made for other accounts (Wix site %1 and CRMOffice %2); nothing was synced. Run the setup or `tandem-cli configure` again to start from a fresh state.</translation>
    </message>
</context>
<context>
    <name>Tandem::SyncWorker</name>
    <message>
        <source>A sync is already running.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <source>Another Tandem process is syncing this profile (%1).</source>
        <translation>Another Tandem process is syncing this profile (%1).</translation>
    </message>
    <message>
        <source>Cannot lock the profile %1 for a sync: the folder is missing or not writable.</source>
        <translation>Cannot lock the profile %1 for a sync: the folder is missing or not writable.</translation>
    </message>
</context>
<context>
    <name>Tandem::TrayIcon</name>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>&amp;Open Tandem</source>
        <translation>&amp;Open Tandem</translation>
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
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Products → Companies</source>
        <translation>Products → Companies</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Dataflow document</source>
        <translation>Dataflow document</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Both ways</translation>
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
        <translation>Create in CRMOffice from Wix</translation>
    </message>
    <message>
        <source>Create in Wix from CRMOffice</source>
        <translation>Create in Wix from CRMOffice</translation>
    </message>
    <message>
        <source>Only link existing records</source>
        <translation>Only link existing records</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Ask me</translation>
    </message>
    <message>
        <source>Newest edit wins</source>
        <translation>Newest edit wins</translation>
    </message>
    <message>
        <source>Wix wins</source>
        <translation>Wix wins</translation>
    </message>
    <message>
        <source>CRMOffice wins</source>
        <translation>CRMOffice wins</translation>
    </message>
    <message>
        <source>Delete the partner record</source>
        <translation>Delete the partner record</translation>
    </message>
    <message>
        <source>Only unlink the partner record</source>
        <translation>Only unlink the partner record</translation>
    </message>
    <message>
        <source>Reading changes</source>
        <translation>Reading changes</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparing</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Writing changes</source>
        <translation>Writing changes</translation>
    </message>
    <message>
        <source>Saving the outcome</source>
        <translation>Saving the outcome</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <source>Stopped by the deletion guard</source>
        <translation>Stopped by the deletion guard</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>(%1 calls to Wix, %2 to CRMOffice)</source>
        <translation>(%1 calls to Wix, %2 to CRMOffice)</translation>
    </message>
    <message>
        <source>Undone in part: records changed since</source>
        <translation>Undone in part: records changed since</translation>
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
        <translation>Undo run %1</translation>
    </message>
    <message>
        <source>Nothing of run %1 is left to undo.</source>
        <translation>Nothing of run %1 is left to undo.</translation>
    </message>
    <message numerus="yes">
        <source>Undoing run %1 would make these %n change(s). Nothing has been written yet.</source>
        <translation>
            <numerusform>Undoing run %1 would make %n change. Nothing has been written yet.</numerusform>
            <numerusform>Undoing run %1 would make these %n changes. Nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>It deletes more records than the deletion guard lets a run delete unasked: check them before you go on.</source>
        <translation>It deletes more records than the deletion guard lets a run delete unasked: check them before you go on.</translation>
    </message>
    <message>
        <source>Changes the undo would make</source>
        <translation>Changes the undo would make</translation>
    </message>
    <message>
        <source>Records the undo leaves as they are</source>
        <translation>Records the undo leaves as they are</translation>
    </message>
    <message>
        <source>%1 %2 in %3: %4</source>
        <translation>%1 %2 in %3: %4</translation>
    </message>
    <message>
        <source>Left as they are, because they changed since the run:</source>
        <translation>Left as they are, because they changed since the run:</translation>
    </message>
    <message>
        <source>&amp;Undo and delete them</source>
        <translation>&amp;Undo and delete them</translation>
    </message>
    <message>
        <source>&amp;Undo run</source>
        <translation>&amp;Undo run</translation>
    </message>
    <message>
        <source>&amp;Keep things as they are</source>
        <translation>&amp;Keep things as they are</translation>
    </message>
</context>
<context>
    <name>Tandem::UndoPlanner</name>
    <message>
        <source>not undone: its flow is no longer in the mapping</source>
        <translation>not undone: its flow is no longer in the mapping</translation>
    </message>
    <message>
        <source>not undone: %1</source>
        <translation>not undone: %1</translation>
    </message>
    <message>
        <source>deleted since, not undone</source>
        <translation>deleted since, not undone</translation>
    </message>
    <message>
        <source>changed since, not undone: %1</source>
        <translation>changed since, not undone: %1</translation>
    </message>
    <message>
        <source>edited since it was created, kept</source>
        <translation>edited since it was created, kept</translation>
    </message>
    <message>
        <source>cannot be undone: recorded by a Tandem that did not keep what an undo needs</source>
        <translation>cannot be undone: recorded by a Tandem that did not keep what an undo needs</translation>
    </message>
    <message>
        <source>cannot be undone: nothing of the record was kept</source>
        <translation>cannot be undone: nothing of the record was kept</translation>
    </message>
</context>
<context>
    <name>Tandem::ValueCoercion</name>
    <message>
        <source>cannot store %1 as %2: %3</source>
        <translation>cannot store %1 as %2: %3</translation>
    </message>
    <message>
        <source>not a single value</source>
        <translation>not a single value</translation>
    </message>
    <message>
        <source>%1 characters, at most %2 fit</source>
        <translation>%1 characters, at most %2 fit</translation>
    </message>
    <message>
        <source>outside %1..%2</source>
        <translation>outside %1..%2</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>expected true/false, yes/no or 1/0</source>
        <translation>expected true/false, yes/no or 1/0</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>expected a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected an RFC 3339 date and time with an offset, e.g. 2024-09-27T10:00:00+02:00</source>
        <translation>expected an RFC 3339 date and time with an offset, e.g. 2024-09-27T10:00:00+02:00</translation>
    </message>
    <message>
        <source>finer than a millisecond</source>
        <translation>finer than a millisecond</translation>
    </message>
    <message>
        <source>unknown data type</source>
        <translation>unknown data type</translation>
    </message>
</context>
<context>
    <name>Tandem::WixAccountPage</name>
    <message>
        <source>Your Wix site</source>
        <translation>Your Wix site</translation>
    </message>
    <message>
        <source>Tandem reads and writes the site&apos;s contacts and products with an API key. Create one in the Wix dashboard under API Keys.</source>
        <translation>Tandem reads and writes the site&apos;s contacts and products with an API key. Create one in the Wix dashboard under API Keys.</translation>
    </message>
    <message>
        <source>Try with &amp;sandbox data</source>
        <translation>Try with &amp;sandbox data</translation>
    </message>
    <message>
        <source>Start local test servers with sample data and fill in every page, so you can try Tandem without real accounts.</source>
        <translation>Start local test servers with sample data and fill in every page, so you can try Tandem without real accounts.</translation>
    </message>
    <message>
        <source>Wix API address</source>
        <translation>Wix API address</translation>
    </message>
    <message>
        <source>Wix API key</source>
        <translation>Wix API key</translation>
    </message>
    <message>
        <source>Wix site id</source>
        <translation>Wix site id</translation>
    </message>
    <message>
        <source>e.g. 3f2b9c1e-…</source>
        <translation>e.g. 3f2b9c1e-…</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API &amp;address:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>Site &amp;id:</source>
        <translation>Site &amp;id:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Enter the API address, the API key and the site id first.</source>
        <translation>Enter the API address, the API key and the site id first.</translation>
    </message>
    <message>
        <source>Connecting to Wix…</source>
        <translation>Connecting to Wix…</translation>
    </message>
</context>
<context>
    <name>Tandem::WixApi</name>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 answered %2: %3</translation>
    </message>
    <message>
        <source>%1 answered without &quot;%2&quot;</source>
        <translation>%1 answered without &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 answered without a &quot;%2&quot; list</source>
        <translation>%1 answered without a &quot;%2&quot; list</translation>
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
        <translation>Wix Stores not installed (no products)</translation>
    </message>
    <message>
        <source>unknown catalog (%1)</source>
        <translation>unknown catalog (%1)</translation>
    </message>
    <message>
        <source>%1 answered an unknown catalogVersion &quot;%2&quot;</source>
        <translation>%1 answered an unknown catalogVersion &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Tandem::WixConnector</name>
    <message>
        <source>Wix Stores is not installed on this site: there are no products to sync.</source>
        <translation>Wix Stores is not installed on this site: there are no products to sync.</translation>
    </message>
    <message>
        <source>Wix has no collection &quot;%1&quot; (contacts and products are supported)</source>
        <translation>Wix has no collection &quot;%1&quot; (contacts and products are supported)</translation>
    </message>
</context>
<context>
    <name>Tandem::WixContactsClient</name>
    <message>
        <source>Wix contact %1 is at revision %2, not %3</source>
        <translation>Wix contact %1 is at revision %2, not %3</translation>
    </message>
    <message>
        <source>cannot delete on Wix: contact %1 is a site member, a Wix user or has a subscription (%2)</source>
        <translation>cannot delete on Wix: contact %1 is a site member, a Wix user or has a subscription (%2)</translation>
    </message>
    <message>
        <source>%1 answered the same contacts again for offset %2</source>
        <translation>%1 answered the same contacts again for offset %2</translation>
    </message>
    <message>
        <source>%1 answered contacts without a createdDate</source>
        <translation>%1 answered contacts without a createdDate</translation>
    </message>
</context>
<context>
    <name>Tandem::WixProductsV1Client</name>
    <message>
        <source>%1 answered a product without an increasing numericId</source>
        <translation>%1 answered a product without an increasing numericId</translation>
    </message>
    <message>
        <source>Wix product %1 changed on Wix since it was read</source>
        <translation>Wix product %1 changed on Wix since it was read</translation>
    </message>
    <message>
        <source>it has no numericId</source>
        <translation>it has no numericId</translation>
    </message>
    <message>
        <source>%1 answered a page without a product to page past</source>
        <translation>%1 answered a page without a product to page past</translation>
    </message>
</context>
<context>
    <name>Tandem::WixProductsV3Client</name>
    <message>
        <source>%1 answered no result for this item</source>
        <translation>%1 answered no result for this item</translation>
    </message>
    <message>
        <source>%1, item %2: %3 (%4)</source>
        <translation>%1, item %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Wix product %1 is at revision %2, not %3</source>
        <translation>Wix product %1 is at revision %2, not %3</translation>
    </message>
    <message>
        <source>Wix product %1 has options: its price is set per variant, on Wix</source>
        <translation>Wix product %1 has options: its price is set per variant, on Wix</translation>
    </message>
</context>
<context>
    <name>TargetValue</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2</source>
        <translation>&quot;%1&quot; is not a valid %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Two-way sync between a Wix site and CRMOffice.</source>
        <translation>Two-way sync between a Wix site and CRMOffice.</translation>
    </message>
    <message>
        <source>The profile folder to open (default: %1).</source>
        <translation>The profile folder to open (default: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Start in the tray, without opening the window.</source>
        <translation>Start in the tray, without opening the window.</translation>
    </message>
</context>
</TS>
