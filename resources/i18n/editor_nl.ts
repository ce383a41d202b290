<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
  <context>
    <name>AgendaRecordEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="137" />
      <location filename="../../work/main/editor/widgets/annexes.py" line="145" />
      <location filename="../../work/main/editor/widgets/annexes.py" line="147" />
      <source>Choose objective</source>
      <translation>Doelstelling kiezen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="153" />
      <source>(unknown objective %1)</source>
      <translation>(onbekende doelstelling %1)</translation>
    </message>
  </context>
  <context>
    <name>BiLineEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/biline.py" line="49" />
      <source>French</source>
      <translation>Frans</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/biline.py" line="49" />
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/biline.py" line="57" />
      <source>Typing</source>
      <translation>Typen</translation>
    </message>
  </context>
  <context>
    <name>BiTextEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="256" />
      <source>Typing</source>
      <translation>Typen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="266" />
      <source>Mark as up to date</source>
      <translation>Als bijgewerkt markeren</translation>
    </message>
  </context>
  <context>
    <name>ChangesDialog</name>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="149" />
      <source>Changes since the last confirmation</source>
      <translation>Wijzigingen sinds de laatste bevestiging</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="164" />
      <source>French</source>
      <translation>Frans</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="164" />
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="166" />
      <source>No changes since the last confirmation.</source>
      <translation>Geen wijzigingen sinds de laatste bevestiging.</translation>
    </message>
  </context>
  <context>
    <name>ContentsPage</name>
    <message>
      <location filename="../../work/main/editor/contents.py" line="45" />
      <source>Numbers and headings are generated from the outline: reorder it to renumber.</source>
      <translation>Nummers en titels worden uit de structuur gegenereerd: herschik ze om te hernummeren.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/contents.py" line="47" />
      <source>Double-click a heading to open it.</source>
      <translation>Dubbelklik op een titel om die te openen.</translation>
    </message>
  </context>
  <context>
    <name>DeadlineEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="111" />
      <source>From</source>
      <translation>Van</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="112" />
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="113" />
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="114" />
      <source>Season</source>
      <translation>Seizoen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="115" />
      <source>Year</source>
      <translation>Jaar</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="133" />
      <source>Wording</source>
      <translation>Formulering</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="135" />
      <source>Scope or remark</source>
      <translation>Draagwijdte of opmerking</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="168" />
      <source>Change deadline</source>
      <translation>Deadline wijzigen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="178" />
      <source>Change deadline kind</source>
      <translation>Soort deadline wijzigen</translation>
    </message>
  </context>
  <context>
    <name>GeneratedAnnexView</name>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="69" />
      <source>Generated from the objectives: edit the objectives to change this annex.</source>
      <translation>Gegenereerd uit de doelstellingen: wijzig de doelstellingen om deze bijlage aan te passen.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="73" />
      <source>French</source>
      <translation>Frans</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="73" />
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="75" />
      <source>Objective (FR)</source>
      <translation>Doelstelling (FR)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="75" />
      <source>Objective (NL)</source>
      <translation>Doelstelling (NL)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="75" />
      <source>FTE</source>
      <translation>VTE</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="76" />
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="76" />
      <source>Budget lines</source>
      <translation>Begrotingslijnen</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="79" />
      <source>Anomalies: {errors} error(s), {warnings} warning(s), {infos} note(s)</source>
      <translation>Afwijkingen: {errors} fout(en), {warnings} waarschuwing(en), {infos} opmerking(en)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="87" />
      <source>Severity</source>
      <translation>Ernst</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="88" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="89" />
      <source>Where</source>
      <translation>Waar</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="90" />
      <source>What</source>
      <translation>Wat</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="114" />
      <source>(no competence)</source>
      <translation>(geen bevoegdheid)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="116" />
      <source>Note {index}: {name}, budget year {year}</source>
      <translation>Nota {index}: {name}, begrotingsjaar {year}</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="121" />
      <source>French</source>
      <translation>Frans</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="122" />
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="126" />
      <source>  {lang}: {os} strategic and {oo} operational objectives, {fields} fields filled</source>
      <translation>  {lang}: {os} strategische en {oo} operationele doelstellingen, {fields} velden ingevuld</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="194" />
      <source>New note from last year</source>
      <translation>Nieuwe nota op basis van vorig jaar</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="196" />
      <source>Orientation notes (*.xml)</source>
      <translation>Beleidsnota’s (*.xml)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="207" />
      <source>{file} cannot be loaded:
{details}</source>
      <translation>{file} kan niet worden geladen:
{details}</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="220" />
      <source>Import Word document</source>
      <translation>Word-document importeren</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="224" />
      <source>One bilingual document, or the French and the Dutch one</source>
      <translation>Eén tweetalig document, of het Franse en het Nederlandse</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="226" />
      <source>Word documents (*.docx)</source>
      <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="235" />
      <source>Choose one bilingual document, or one French and one Dutch document.</source>
      <translation>Kies één tweetalig document, of één Frans en één Nederlands document.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="244" />
      <source>Reading the Word document…</source>
      <translation>Word-document wordt gelezen…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="268" />
      <source>Import published text</source>
      <translation>Gepubliceerde tekst importeren</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="273" />
      <source>Text files (*.txt);;All files (*)</source>
      <translation>Tekstbestanden (*.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="282" />
      <source>Reading the published text…</source>
      <translation>Gepubliceerde tekst wordt gelezen…</translation>
    </message>
  </context>
  <context>
    <name>KpiEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/kpis.py" line="107" />
      <source>Add KPI</source>
      <translation>KPI toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/kpis.py" line="108" />
      <source>Remove KPI</source>
      <translation>KPI verwijderen</translation>
    </message>
  </context>
  <context>
    <name>LabelRow</name>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="73" />
      <source>Required field</source>
      <translation>Verplicht veld</translation>
    </message>
  </context>
  <context>
    <name>ListTableEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="111" />
      <source>Add</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="112" />
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="113" />
      <source>Move up</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="114" />
      <source>Move down</source>
      <translation>Omlaag</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="297" />
      <location filename="../../work/main/editor/widgets/table.py" line="310" />
      <source>Edit “%1”</source>
      <translation>„%1” bewerken</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="321" />
      <source>Add row</source>
      <translation>Rij toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="334" />
      <source>Remove row</source>
      <translation>Rij verwijderen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="344" />
      <source>Move row</source>
      <translation>Rij verplaatsen</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="108" />
      <source>Problems</source>
      <translation>Problemen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="146" />
      <source>&amp;New</source>
      <translation>&amp;Nieuw</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="147" />
      <source>&amp;Open…</source>
      <translation>&amp;Openen…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="148" />
      <source>&amp;Save</source>
      <translation>Op&amp;slaan</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="149" />
      <source>Save &amp;As…</source>
      <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="150" />
      <source>&amp;Close</source>
      <translation>S&amp;luiten</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="151" />
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="152" />
      <source>&amp;Export…</source>
      <translation>E&amp;xporteren…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="153" />
      <source>New from &amp;last year…</source>
      <translation>Nieuw op basis van &amp;vorig jaar…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="154" />
      <source>Import &amp;Word…</source>
      <translation>&amp;Word importeren…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="155" />
      <source>Import &amp;published text…</source>
      <translation>&amp;Gepubliceerde tekst importeren…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="160" />
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="162" />
      <source>Redo</source>
      <translation>Opnieuw</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="164" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="168" />
      <location filename="../../work/main/editor/mainwindow.py" line="328" />
      <source>Add strategic objective</source>
      <translation>Strategische doelstelling toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="170" />
      <source>Add operational objective (template B)</source>
      <translation>Operationele doelstelling toevoegen (model B)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="173" />
      <source>Add operational objective (template A)</source>
      <translation>Operationele doelstelling toevoegen (model A)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="175" />
      <location filename="../../work/main/editor/mainwindow.py" line="330" />
      <source>Add project item</source>
      <translation>Project toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="177" />
      <location filename="../../work/main/editor/mainwindow.py" line="331" />
      <source>Add Réalisations block</source>
      <translation>Blok Realisaties toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="179" />
      <location filename="../../work/main/editor/mainwindow.py" line="332" />
      <source>Add Planning block</source>
      <translation>Blok Planning toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="180" />
      <location filename="../../work/main/editor/mainwindow.py" line="333" />
      <source>Add action</source>
      <translation>Actie toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="182" />
      <location filename="../../work/main/editor/mainwindow.py" line="346" />
      <location filename="../../work/main/editor/mainwindow.py" line="354" />
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="186" />
      <location filename="../../work/main/editor/mainwindow.py" line="366" />
      <source>Move up</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="187" />
      <location filename="../../work/main/editor/mainwindow.py" line="366" />
      <source>Move down</source>
      <translation>Omlaag</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="189" />
      <location filename="../../work/main/editor/mainwindow.py" line="375" />
      <source>Mark objective as up to date</source>
      <translation>Doelstelling als bijgewerkt markeren</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="208" />
      <source>Not available in this version yet</source>
      <translation>Nog niet beschikbaar in deze versie</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="213" />
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="215" />
      <source>Open &amp;Recent</source>
      <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="224" />
      <source>&amp;Edit</source>
      <translation>Be&amp;werken</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="228" />
      <source>&amp;Structure</source>
      <translation>&amp;Structuur</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="234" />
      <source>&amp;View</source>
      <translation>Beel&amp;d</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="236" />
      <source>Main</source>
      <translation>Hoofdbalk</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="253" />
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="320" />
      <source>This item cannot be added here.</source>
      <translation>Dit onderdeel kan hier niet worden toegevoegd.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="329" />
      <source>Add operational objective</source>
      <translation>Operationele doelstelling toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="347" />
      <source>Delete “%1” and everything it contains?</source>
      <translation>„%1” en alles wat het bevat verwijderen?</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="398" />
      <source>Complete: FR %1 % · NL %2 % — %3 errors, %4 warnings</source>
      <translation>Volledig: FR %1 % · NL %2 % — %3 fouten, %4 waarschuwingen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="408" />
      <location filename="../../work/main/editor/mainwindow.py" line="478" />
      <source>Untitled</source>
      <translation>Naamloos</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="410" />
      <source> (read-only)</source>
      <translation> (alleen-lezen)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="423" />
      <source>Save note as</source>
      <translation>Nota opslaan als</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="438" />
      <source>Save failed</source>
      <translation>Opslaan mislukt</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="439" />
      <source>Could not save “%1”:
%2

Your changes are still open in the editor.</source>
      <translation>Kan „%1” niet opslaan:
%2

Uw wijzigingen staan nog open in de editor.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="449" />
      <source>Saved %1</source>
      <translation>%1 opgeslagen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="476" />
      <source>Unsaved changes</source>
      <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="477" />
      <source>“%1” has unsaved changes. Save them before closing?</source>
      <translation>„%1” heeft niet-opgeslagen wijzigingen. Opslaan voor het sluiten?</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="492" />
      <source>Exported to %1</source>
      <translation>Geëxporteerd naar %1</translation>
    </message>
  </context>
  <context>
    <name>MeansEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/means.py" line="104" />
      <source>Add budget line</source>
      <translation>Begrotingslijn toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/means.py" line="105" />
      <source>Remove budget line</source>
      <translation>Begrotingslijn verwijderen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/means.py" line="107" />
      <source>Remarks</source>
      <translation>Opmerkingen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/means.py" line="123" />
      <source>Change FTE</source>
      <translation>VTE wijzigen</translation>
    </message>
  </context>
  <context>
    <name>NewOrganisationDialog</name>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="47" />
      <source>New organisation</source>
      <translation>Nieuwe organisatie</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="51" />
      <source>Name (French)</source>
      <translation>Naam (Frans)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="52" />
      <source>Name (Dutch)</source>
      <translation>Naam (Nederlands)</translation>
    </message>
  </context>
  <context>
    <name>NodePanel</name>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="119" />
      <source>Delegated to another minister</source>
      <translation>Gedelegeerd aan een andere minister</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="123" />
      <source>Add field</source>
      <translation>Veld toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="129" />
      <source>Mark as up to date</source>
      <translation>Als bijgewerkt markeren</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="131" />
      <source>Confirm every text of this objective as translated (clears stale markers)</source>
      <translation>Alle teksten van deze doelstelling als vertaald bevestigen (wist de markeringen „bij te werken”)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="151" />
      <source>Template A — forward-looking</source>
      <translation>Model A — vooruitblikkend</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="153" />
      <source>Template B — report and plan</source>
      <translation>Model B — verslag en planning</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="224" />
      <source>Remove this optional field</source>
      <translation>Dit optionele veld verwijderen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="267" />
      <source>Add field %1</source>
      <translation>Veld %1 toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="274" />
      <source>Remove field %1</source>
      <translation>Veld %1 verwijderen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="279" />
      <source>Remove field</source>
      <translation>Veld verwijderen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="280" />
      <source>“%1” is not empty. Remove it and its content?</source>
      <translation>„%1” is niet leeg. Met de inhoud verwijderen?</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="287" />
      <source>Delegate objective</source>
      <translation>Doelstelling delegeren</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="291" />
      <source>Delegation</source>
      <translation>Delegatie</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="294" />
      <source>Remove delegation</source>
      <translation>Delegatie verwijderen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="299" />
      <source>Mark objective as up to date</source>
      <translation>Doelstelling als bijgewerkt markeren</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsPage</name>
    <message numerus="yes">
      <location filename="../../work/main/editor/widgets/pages.py" line="231" />
      <source>This organisation is a partner in %n place(s): remove it there first.</source>
      <translation>
        <numerusform>
        
        
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
      
        
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
      
      
        
        
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
      
        
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
      
      
      </numerusform>
        <numerusform>
        
        
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
      
        
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
      
      
        
        
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
      
        
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
        Deze organisatie is partner op %n plaats(en): verwijder ze daar eerst.
      
      
      </numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OutlineModel</name>
    <message>
      <location filename="../../work/main/editor/outline.py" line="309" />
      <source>Organisations (partners)</source>
      <translation>Organisaties (partners)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/outline.py" line="367" />
      <source>Move objective</source>
      <translation>Doelstelling verplaatsen</translation>
    </message>
  </context>
  <context>
    <name>PageStack</name>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="379" />
      <source>Nothing to edit here yet.</source>
      <translation>Hier valt nog niets te bewerken.</translation>
    </message>
  </context>
  <context>
    <name>PartnersEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="97" />
      <source>Organisation (French or Dutch name)</source>
      <translation>Organisatie (Franse of Nederlandse naam)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="99" />
      <location filename="../../work/main/editor/widgets/partners.py" line="165" />
      <source>Add partner</source>
      <translation>Partner toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="100" />
      <source>New organisation…</source>
      <translation>Nieuwe organisatie…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="101" />
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="102" />
      <source>Move up</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="138" />
      <source>(unknown organisation %1)</source>
      <translation>(onbekende organisatie %1)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="182" />
      <source>New organisation</source>
      <translation>Nieuwe organisatie</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="189" />
      <source>Remove partner</source>
      <translation>Partner verwijderen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="194" />
      <source>Move partner</source>
      <translation>Partner verplaatsen</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../work/main/editor/app.py" line="108" />
      <source>Preferences</source>
      <translation>Voorkeuren</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="114" />
      <source>Interface language</source>
      <translation>Taal van de interface</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="115" />
      <source>The interface language changes at the next start.</source>
      <translation>De taal van de interface verandert bij de volgende start.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="118" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="120" />
      <source>Autosave every</source>
      <translation>Automatisch opslaan elke</translation>
    </message>
  </context>
  <context>
    <name>ProblemsModel</name>
    <message>
      <location filename="../../work/main/editor/problems.py" line="67" />
      <source>Severity</source>
      <translation>Ernst</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/problems.py" line="67" />
      <source>Location</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/problems.py" line="67" />
      <source>Problem</source>
      <translation>Probleem</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/problems.py" line="76" />
      <source>Error</source>
      <translation>Fout</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/problems.py" line="76" />
      <source>Warning</source>
      <translation>Waarschuwing</translation>
    </message>
  </context>
  <context>
    <name>RecordsEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="214" />
      <location filename="../../work/main/editor/widgets/annexes.py" line="224" />
      <source>Add record</source>
      <translation>Record toevoegen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="229" />
      <source>Remove record</source>
      <translation>Record verwijderen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="235" />
      <source>Move record</source>
      <translation>Record verplaatsen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="257" />
      <source>Move up</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="258" />
      <source>Move down</source>
      <translation>Omlaag</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="259" />
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
  </context>
  <context>
    <name>StaleBar</name>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="136" />
      <source>Translation out of date</source>
      <translation>Vertaling niet meer actueel</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="137" />
      <source>Mark as up to date</source>
      <translation>Als bijgewerkt markeren</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="138" />
      <source>Show changes</source>
      <translation>Wijzigingen tonen</translation>
    </message>
  </context>
  <context>
    <name>StatusEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/status.py" line="53" />
      <source>Comment</source>
      <translation>Commentaar</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/status.py" line="62" />
      <source>Change status</source>
      <translation>Status wijzigen</translation>
    </message>
  </context>
  <context>
    <name>TextSide</name>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="83" />
      <source>Bullet item on/off</source>
      <translation>Opsommingsteken aan/uit</translation>
    </message>
  </context>
  <context>
    <name>ThresholdsEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="109" />
      <source>Green / orange / red</source>
      <translation>Groen / oranje / rood</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="110" />
      <source>Yes / no (OK / not OK)</source>
      <translation>Ja / nee (OK / niet OK)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="114" />
      <source>Threshold kind</source>
      <translation>Soort drempelwaarden</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="118" />
      <source>Linked indicator</source>
      <translation>Gekoppelde indicator</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="120" />
      <source>Form</source>
      <translation>Vorm</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="122" />
      <source>Indicator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="151" />
      <source>Threshold bound</source>
      <translation>Drempelgrens</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="176" />
      <source>(no indicator)</source>
      <translation>(geen indicator)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="182" />
      <source>(unknown indicator %1)</source>
      <translation>(onbekende indicator %1)</translation>
    </message>
  </context>
  <context>
    <name>TitlePage</name>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="122" />
      <source>Title block</source>
      <translation>Titelblad</translation>
    </message>
  </context>
  <context>
    <name>TitleValuesEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="88" />
      <source>French</source>
      <translation>Frans</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="88" />
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="89" />
      <source>Session (first year)</source>
      <translation>Zitting (eerste jaar)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="90" />
      <source>Budget year</source>
      <translation>Begrotingsjaar</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="91" />
      <source>Parliamentary document</source>
      <translation>Parlementair stuk</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="92" />
      <source>Original language</source>
      <translation>Oorspronkelijke taal</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="105" />
      <source>Typing</source>
      <translation>Typen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="105" />
      <source>Change title block</source>
      <translation>Titelblad wijzigen</translation>
    </message>
  </context>
  <context>
    <name>editor</name>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="73" />
      <source>from (≥)</source>
      <translation>vanaf (≥)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="74" />
      <source>below (&lt;)</source>
      <translation>onder (&lt;)</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <location filename="../../work/main/editor/app.py" line="49" />
      <source>Cannot open the note</source>
      <translation>Kan de nota niet openen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="51" />
      <source>“%1” cannot be opened: %2 problem(s).</source>
      <translation>„%1” kan niet worden geopend: %2 probleem/problemen.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="62" />
      <source>Note already open</source>
      <translation>Nota al geopend</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="64" />
      <source>this editor</source>
      <translation>deze editor</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="64" />
      <source>process %1 on %2</source>
      <translation>proces %1 op %2</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="66" />
      <source>“%1” is already open in %2 since %3.</source>
      <translation>„%1” is al geopend in %2 sinds %3.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="71" />
      <source>Saving from two places would overwrite one of the two versions.</source>
      <translation>Opslaan vanuit twee plaatsen zou een van beide versies overschrijven.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="72" />
      <source>Open read-only</source>
      <translation>Alleen-lezen openen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="74" />
      <source>Open anyway</source>
      <translation>Toch openen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="90" />
      <source>an untitled note</source>
      <translation>een naamloze nota</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="93" />
      <source>Recover unsaved work</source>
      <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="94" />
      <source>The editor stopped before %1 was saved. Recover the version autosaved at %2?</source>
      <translation>De editor stopte voordat %1 werd opgeslagen. De automatisch opgeslagen versie van %2 herstellen?</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="188" />
      <source>Open note</source>
      <translation>Nota openen</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="74" />
      <source>Word – French</source>
      <translation>Word – Frans</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="75" />
      <source>Word – Dutch</source>
      <translation>Word – Nederlands</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="76" />
      <source>Word – bilingual (French and Dutch side by side)</source>
      <translation>Word – tweetalig (Frans en Nederlands naast elkaar)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="77" />
      <source>Parliament layout – PDF</source>
      <translation>Opmaak van het Parlement – PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="78" />
      <source>Parliament layout – Word</source>
      <translation>Opmaak van het Parlement – Word</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="134" />
      <source>Export the note</source>
      <translation>De nota exporteren</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="142" />
      <source>French left, Dutch right</source>
      <translation>Frans links, Nederlands rechts</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="143" />
      <source>Dutch left, French right</source>
      <translation>Nederlands links, Frans rechts</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="144" />
      <source>Draft: mark every page “PROJET / ONTWERP”</source>
      <translation>Ontwerp: elke pagina markeren met „PROJET / ONTWERP”</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="146" />
      <source>Browse…</source>
      <translation>Bladeren…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="152" />
      <source>Format:</source>
      <translation>Formaat:</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="153" />
      <source>Columns:</source>
      <translation>Kolommen:</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="155" />
      <source>File:</source>
      <translation>Bestand:</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="157" />
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="228" />
      <source>Export</source>
      <translation>Exporteren</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="177" />
      <source>This note still breaks %n rule(s), so it can only be exported as a draft. Correct them for the submission export:</source>
      <translation>Deze nota overtreedt nog %n regel(s) en kan dus alleen als ontwerp worden geëxporteerd. Verbeter ze voor de export voor indiening:</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="208" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="208" />
      <source>Word documents (*.docx)</source>
      <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="209" />
      <source>Export to</source>
      <translation>Exporteren naar</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="227" />
      <source>Exporting the note…</source>
      <translation>Nota wordt geëxporteerd…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="249" />
      <source>Export refused</source>
      <translation>Export geweigerd</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="250" />
      <source>The note breaks %n rule(s); export it as a draft or correct them.</source>
      <translation>De nota overtreedt %n regel(s): exporteer ze als ontwerp of verbeter ze.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="258" />
      <source>Export failed</source>
      <translation>Export mislukt</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="259" />
      <source>“%1” could not be written: %2</source>
      <translation>„%1” kon niet worden geschreven: %2</translation>
    </message>
  </context>
</TS>