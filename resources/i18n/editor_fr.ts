<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AgendaRecordEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="137" />
      <location filename="../../work/main/editor/widgets/annexes.py" line="145" />
      <location filename="../../work/main/editor/widgets/annexes.py" line="147" />
      <source>Choose objective</source>
      <translation>Choisir un objectif</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="153" />
      <source>(unknown objective %1)</source>
      <translation>(objectif inconnu %1)</translation>
    </message>
  </context>
  <context>
    <name>BiLineEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/biline.py" line="49" />
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/biline.py" line="49" />
      <source>Dutch</source>
      <translation>Néerlandais</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/biline.py" line="57" />
      <source>Typing</source>
      <translation>Saisie</translation>
    </message>
  </context>
  <context>
    <name>BiTextEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="256" />
      <source>Typing</source>
      <translation>Saisie</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="266" />
      <source>Mark as up to date</source>
      <translation>Marquer comme à jour</translation>
    </message>
  </context>
  <context>
    <name>ChangesDialog</name>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="149" />
      <source>Changes since the last confirmation</source>
      <translation>Modifications depuis la dernière confirmation</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="164" />
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="164" />
      <source>Dutch</source>
      <translation>Néerlandais</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="166" />
      <source>No changes since the last confirmation.</source>
      <translation>Aucune modification depuis la dernière confirmation.</translation>
    </message>
  </context>
  <context>
    <name>ContentsPage</name>
    <message>
      <location filename="../../work/main/editor/contents.py" line="45" />
      <source>Numbers and headings are generated from the outline: reorder it to renumber.</source>
      <translation>Les numéros et les intitulés sont générés à partir du plan : réorganisez-le pour renuméroter.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/contents.py" line="47" />
      <source>Double-click a heading to open it.</source>
      <translation>Double-cliquez sur un intitulé pour l’ouvrir.</translation>
    </message>
  </context>
  <context>
    <name>DeadlineEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="111" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="112" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="113" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="114" />
      <source>Season</source>
      <translation>Saison</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="115" />
      <source>Year</source>
      <translation>Année</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="133" />
      <source>Wording</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="135" />
      <source>Scope or remark</source>
      <translation>Portée ou remarque</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="168" />
      <source>Change deadline</source>
      <translation>Modifier l’échéance</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/deadline.py" line="178" />
      <source>Change deadline kind</source>
      <translation>Modifier le type d’échéance</translation>
    </message>
  </context>
  <context>
    <name>GeneratedAnnexView</name>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="69" />
      <source>Generated from the objectives: edit the objectives to change this annex.</source>
      <translation>Générée à partir des objectifs : modifiez les objectifs pour changer cette annexe.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="73" />
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="73" />
      <source>Dutch</source>
      <translation>Néerlandais</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="75" />
      <source>Objective (FR)</source>
      <translation>Objectif (FR)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="75" />
      <source>Objective (NL)</source>
      <translation>Objectif (NL)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="75" />
      <source>FTE</source>
      <translation>ETP</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="76" />
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="76" />
      <source>Budget lines</source>
      <translation>Lignes budgétaires</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="79" />
      <source>Anomalies: {errors} error(s), {warnings} warning(s), {infos} note(s)</source>
      <translation>Anomalies : {errors} erreur(s), {warnings} avertissement(s), {infos} remarque(s)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="87" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="88" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="89" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="90" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="114" />
      <source>(no competence)</source>
      <translation>(pas de compétence)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="116" />
      <source>Note {index}: {name}, budget year {year}</source>
      <translation>Note {index} : {name}, année budgétaire {year}</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="121" />
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="122" />
      <source>Dutch</source>
      <translation>Néerlandais</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="126" />
      <source>  {lang}: {os} strategic and {oo} operational objectives, {fields} fields filled</source>
      <translation>  {lang} : {os} objectifs stratégiques et {oo} objectifs opérationnels, {fields} champs remplis</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="194" />
      <source>New note from last year</source>
      <translation>Nouvelle note à partir de l’an dernier</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="196" />
      <source>Orientation notes (*.xml)</source>
      <translation>Notes d’orientation (*.xml)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="207" />
      <source>{file} cannot be loaded:
{details}</source>
      <translation>Impossible de charger {file} :
{details}</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="220" />
      <source>Import Word document</source>
      <translation>Importer un document Word</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="224" />
      <source>One bilingual document, or the French and the Dutch one</source>
      <translation>Un document bilingue, ou le document français et le néerlandais</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="226" />
      <source>Word documents (*.docx)</source>
      <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="235" />
      <source>Choose one bilingual document, or one French and one Dutch document.</source>
      <translation>Choisissez un document bilingue, ou un document français et un document néerlandais.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="244" />
      <source>Reading the Word document…</source>
      <translation>Lecture du document Word…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="268" />
      <source>Import published text</source>
      <translation>Importer le texte publié</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="273" />
      <source>Text files (*.txt);;All files (*)</source>
      <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/import_dialog.py" line="282" />
      <source>Reading the published text…</source>
      <translation>Lecture du texte publié…</translation>
    </message>
  </context>
  <context>
    <name>KpiEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/kpis.py" line="107" />
      <source>Add KPI</source>
      <translation>Ajouter un ICP</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/kpis.py" line="108" />
      <source>Remove KPI</source>
      <translation>Supprimer l’ICP</translation>
    </message>
  </context>
  <context>
    <name>LabelRow</name>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="73" />
      <source>Required field</source>
      <translation>Champ obligatoire</translation>
    </message>
  </context>
  <context>
    <name>ListTableEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="111" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="112" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="113" />
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="114" />
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="297" />
      <location filename="../../work/main/editor/widgets/table.py" line="310" />
      <source>Edit “%1”</source>
      <translation>Modifier « %1 »</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="321" />
      <source>Add row</source>
      <translation>Ajouter une ligne</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="334" />
      <source>Remove row</source>
      <translation>Supprimer la ligne</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/table.py" line="344" />
      <source>Move row</source>
      <translation>Déplacer la ligne</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="108" />
      <source>Problems</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="146" />
      <source>&amp;New</source>
      <translation>&amp;Nouveau</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="147" />
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="148" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="149" />
      <source>Save &amp;As…</source>
      <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="150" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="151" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="152" />
      <source>&amp;Export…</source>
      <translation>E&amp;xporter…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="153" />
      <source>New from &amp;last year…</source>
      <translation>Nouvelle à partir de l’&amp;an dernier…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="154" />
      <source>Import &amp;Word…</source>
      <translation>Importer &amp;Word…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="155" />
      <source>Import &amp;published text…</source>
      <translation>Importer le texte &amp;publié…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="160" />
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="162" />
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="164" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Préférences…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="168" />
      <location filename="../../work/main/editor/mainwindow.py" line="328" />
      <source>Add strategic objective</source>
      <translation>Ajouter un objectif stratégique</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="170" />
      <source>Add operational objective (template B)</source>
      <translation>Ajouter un objectif opérationnel (modèle B)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="173" />
      <source>Add operational objective (template A)</source>
      <translation>Ajouter un objectif opérationnel (modèle A)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="175" />
      <location filename="../../work/main/editor/mainwindow.py" line="330" />
      <source>Add project item</source>
      <translation>Ajouter un projet</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="177" />
      <location filename="../../work/main/editor/mainwindow.py" line="331" />
      <source>Add Réalisations block</source>
      <translation>Ajouter un bloc Réalisations</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="179" />
      <location filename="../../work/main/editor/mainwindow.py" line="332" />
      <source>Add Planning block</source>
      <translation>Ajouter un bloc Planning</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="180" />
      <location filename="../../work/main/editor/mainwindow.py" line="333" />
      <source>Add action</source>
      <translation>Ajouter une action</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="182" />
      <location filename="../../work/main/editor/mainwindow.py" line="346" />
      <location filename="../../work/main/editor/mainwindow.py" line="354" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="186" />
      <location filename="../../work/main/editor/mainwindow.py" line="366" />
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="187" />
      <location filename="../../work/main/editor/mainwindow.py" line="366" />
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="189" />
      <location filename="../../work/main/editor/mainwindow.py" line="375" />
      <source>Mark objective as up to date</source>
      <translation>Marquer l’objectif comme à jour</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="208" />
      <source>Not available in this version yet</source>
      <translation>Pas encore disponible dans cette version</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="213" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="215" />
      <source>Open &amp;Recent</source>
      <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="224" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="228" />
      <source>&amp;Structure</source>
      <translation>&amp;Structure</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="234" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="236" />
      <source>Main</source>
      <translation>Principale</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="253" />
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="320" />
      <source>This item cannot be added here.</source>
      <translation>Cet élément ne peut pas être ajouté ici.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="329" />
      <source>Add operational objective</source>
      <translation>Ajouter un objectif opérationnel</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="347" />
      <source>Delete “%1” and everything it contains?</source>
      <translation>Supprimer « %1 » et tout son contenu ?</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="398" />
      <source>Complete: FR %1 % · NL %2 % — %3 errors, %4 warnings</source>
      <translation>Complété : FR %1 % · NL %2 % — %3 erreurs, %4 avertissements</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="408" />
      <location filename="../../work/main/editor/mainwindow.py" line="478" />
      <source>Untitled</source>
      <translation>Sans titre</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="410" />
      <source> (read-only)</source>
      <translation> (lecture seule)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="423" />
      <source>Save note as</source>
      <translation>Enregistrer la note sous</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="438" />
      <source>Save failed</source>
      <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="439" />
      <source>Could not save “%1”:
%2

Your changes are still open in the editor.</source>
      <translation>Impossible d’enregistrer « %1 » :
%2

Vos modifications sont toujours ouvertes dans l’éditeur.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="449" />
      <source>Saved %1</source>
      <translation>%1 enregistré</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="476" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="477" />
      <source>“%1” has unsaved changes. Save them before closing?</source>
      <translation>« %1 » contient des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/mainwindow.py" line="492" />
      <source>Exported to %1</source>
      <translation>Exporté vers %1</translation>
    </message>
  </context>
  <context>
    <name>MeansEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/means.py" line="104" />
      <source>Add budget line</source>
      <translation>Ajouter une ligne budgétaire</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/means.py" line="105" />
      <source>Remove budget line</source>
      <translation>Supprimer la ligne budgétaire</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/means.py" line="107" />
      <source>Remarks</source>
      <translation>Remarques</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/means.py" line="123" />
      <source>Change FTE</source>
      <translation>Modifier les ETP</translation>
    </message>
  </context>
  <context>
    <name>NewOrganisationDialog</name>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="47" />
      <source>New organisation</source>
      <translation>Nouvelle organisation</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="51" />
      <source>Name (French)</source>
      <translation>Nom (français)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="52" />
      <source>Name (Dutch)</source>
      <translation>Nom (néerlandais)</translation>
    </message>
  </context>
  <context>
    <name>NodePanel</name>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="119" />
      <source>Delegated to another minister</source>
      <translation>Délégué à un autre ministre</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="123" />
      <source>Add field</source>
      <translation>Ajouter un champ</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="129" />
      <source>Mark as up to date</source>
      <translation>Marquer comme à jour</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="131" />
      <source>Confirm every text of this objective as translated (clears stale markers)</source>
      <translation>Confirmer la traduction de tous les textes de cet objectif (efface les marques « à mettre à jour »)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="151" />
      <source>Template A — forward-looking</source>
      <translation>Modèle A — prospectif</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="153" />
      <source>Template B — report and plan</source>
      <translation>Modèle B — rapport et planification</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="224" />
      <source>Remove this optional field</source>
      <translation>Retirer ce champ facultatif</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="267" />
      <source>Add field %1</source>
      <translation>Ajouter le champ %1</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="274" />
      <source>Remove field %1</source>
      <translation>Retirer le champ %1</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="279" />
      <source>Remove field</source>
      <translation>Retirer le champ</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="280" />
      <source>“%1” is not empty. Remove it and its content?</source>
      <translation>« %1 » n’est pas vide. Le retirer avec son contenu ?</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="287" />
      <source>Delegate objective</source>
      <translation>Déléguer l’objectif</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="291" />
      <source>Delegation</source>
      <translation>Délégation</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="294" />
      <source>Remove delegation</source>
      <translation>Supprimer la délégation</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="299" />
      <source>Mark objective as up to date</source>
      <translation>Marquer l’objectif comme à jour</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsPage</name>
    <message numerus="yes">
      <location filename="../../work/main/editor/widgets/pages.py" line="231" />
      <source>This organisation is a partner in %n place(s): remove it there first.</source>
      <translation>
        <numerusform>
        
        
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
      
        
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
      
      
        
        
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
      
        
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
      
      
      </numerusform>
        <numerusform>
        
        
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
      
        
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
      
      
        
        
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
      
        
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
        Cette organisation est partenaire à %n endroit(s) : retirez-la d’abord de ces endroits.
      
      
      </numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OutlineModel</name>
    <message>
      <location filename="../../work/main/editor/outline.py" line="309" />
      <source>Organisations (partners)</source>
      <translation>Organisations (partenaires)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/outline.py" line="367" />
      <source>Move objective</source>
      <translation>Déplacer l’objectif</translation>
    </message>
  </context>
  <context>
    <name>PageStack</name>
    <message>
      <location filename="../../work/main/editor/nodepanel.py" line="379" />
      <source>Nothing to edit here yet.</source>
      <translation>Rien à modifier ici pour l’instant.</translation>
    </message>
  </context>
  <context>
    <name>PartnersEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="97" />
      <source>Organisation (French or Dutch name)</source>
      <translation>Organisation (nom français ou néerlandais)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="99" />
      <location filename="../../work/main/editor/widgets/partners.py" line="165" />
      <source>Add partner</source>
      <translation>Ajouter un partenaire</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="100" />
      <source>New organisation…</source>
      <translation>Nouvelle organisation…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="101" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="102" />
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="138" />
      <source>(unknown organisation %1)</source>
      <translation>(organisation inconnue %1)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="182" />
      <source>New organisation</source>
      <translation>Nouvelle organisation</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="189" />
      <source>Remove partner</source>
      <translation>Retirer le partenaire</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/partners.py" line="194" />
      <source>Move partner</source>
      <translation>Déplacer le partenaire</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../work/main/editor/app.py" line="108" />
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="114" />
      <source>Interface language</source>
      <translation>Langue de l’interface</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="115" />
      <source>The interface language changes at the next start.</source>
      <translation>La langue de l’interface change au prochain démarrage.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="118" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="120" />
      <source>Autosave every</source>
      <translation>Enregistrement automatique toutes les</translation>
    </message>
  </context>
  <context>
    <name>ProblemsModel</name>
    <message>
      <location filename="../../work/main/editor/problems.py" line="67" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/problems.py" line="67" />
      <source>Location</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/problems.py" line="67" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/problems.py" line="76" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/problems.py" line="76" />
      <source>Warning</source>
      <translation>Avertissement</translation>
    </message>
  </context>
  <context>
    <name>RecordsEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="214" />
      <location filename="../../work/main/editor/widgets/annexes.py" line="224" />
      <source>Add record</source>
      <translation>Ajouter un enregistrement</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="229" />
      <source>Remove record</source>
      <translation>Supprimer l’enregistrement</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="235" />
      <source>Move record</source>
      <translation>Déplacer l’enregistrement</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="257" />
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="258" />
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/annexes.py" line="259" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
  </context>
  <context>
    <name>StaleBar</name>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="136" />
      <source>Translation out of date</source>
      <translation>Traduction à mettre à jour</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="137" />
      <source>Mark as up to date</source>
      <translation>Marquer comme à jour</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="138" />
      <source>Show changes</source>
      <translation>Voir les modifications</translation>
    </message>
  </context>
  <context>
    <name>StatusEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/status.py" line="53" />
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/status.py" line="62" />
      <source>Change status</source>
      <translation>Modifier le statut</translation>
    </message>
  </context>
  <context>
    <name>TextSide</name>
    <message>
      <location filename="../../work/main/editor/widgets/bitext.py" line="83" />
      <source>Bullet item on/off</source>
      <translation>Puce (ajouter ou retirer)</translation>
    </message>
  </context>
  <context>
    <name>ThresholdsEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="109" />
      <source>Green / orange / red</source>
      <translation>Vert / orange / rouge</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="110" />
      <source>Yes / no (OK / not OK)</source>
      <translation>Oui / non (OK / pas OK)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="114" />
      <source>Threshold kind</source>
      <translation>Type de seuils</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="118" />
      <source>Linked indicator</source>
      <translation>Indicateur lié</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="120" />
      <source>Form</source>
      <translation>Forme</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="122" />
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="151" />
      <source>Threshold bound</source>
      <translation>Borne du seuil</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="176" />
      <source>(no indicator)</source>
      <translation>(aucun indicateur)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="182" />
      <source>(unknown indicator %1)</source>
      <translation>(indicateur inconnu %1)</translation>
    </message>
  </context>
  <context>
    <name>TitlePage</name>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="122" />
      <source>Title block</source>
      <translation>Page de titre</translation>
    </message>
  </context>
  <context>
    <name>TitleValuesEditor</name>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="88" />
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="88" />
      <source>Dutch</source>
      <translation>Néerlandais</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="89" />
      <source>Session (first year)</source>
      <translation>Session (première année)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="90" />
      <source>Budget year</source>
      <translation>Année budgétaire</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="91" />
      <source>Parliamentary document</source>
      <translation>Document parlementaire</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="92" />
      <source>Original language</source>
      <translation>Langue originale</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="105" />
      <source>Typing</source>
      <translation>Saisie</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/pages.py" line="105" />
      <source>Change title block</source>
      <translation>Modifier la page de titre</translation>
    </message>
  </context>
  <context>
    <name>editor</name>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="73" />
      <source>from (≥)</source>
      <translation>à partir de (≥)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/widgets/thresholds.py" line="74" />
      <source>below (&lt;)</source>
      <translation>en dessous de (&lt;)</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <location filename="../../work/main/editor/app.py" line="49" />
      <source>Cannot open the note</source>
      <translation>Impossible d’ouvrir la note</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="51" />
      <source>“%1” cannot be opened: %2 problem(s).</source>
      <translation>Impossible d’ouvrir « %1 » : %2 problème(s).</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="62" />
      <source>Note already open</source>
      <translation>Note déjà ouverte</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="64" />
      <source>this editor</source>
      <translation>cet éditeur</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="64" />
      <source>process %1 on %2</source>
      <translation>le processus %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="66" />
      <source>“%1” is already open in %2 since %3.</source>
      <translation>« %1 » est déjà ouvert dans %2 depuis %3.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="71" />
      <source>Saving from two places would overwrite one of the two versions.</source>
      <translation>Enregistrer depuis deux endroits écraserait l’une des deux versions.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="72" />
      <source>Open read-only</source>
      <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="74" />
      <source>Open anyway</source>
      <translation>Ouvrir quand même</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="90" />
      <source>an untitled note</source>
      <translation>une note sans titre</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="93" />
      <source>Recover unsaved work</source>
      <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="94" />
      <source>The editor stopped before %1 was saved. Recover the version autosaved at %2?</source>
      <translation>L’éditeur s’est arrêté avant l’enregistrement de %1. Récupérer la version enregistrée automatiquement à %2 ?</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/app.py" line="188" />
      <source>Open note</source>
      <translation>Ouvrir une note</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="74" />
      <source>Word – French</source>
      <translation>Word – français</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="75" />
      <source>Word – Dutch</source>
      <translation>Word – néerlandais</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="76" />
      <source>Word – bilingual (French and Dutch side by side)</source>
      <translation>Word – bilingue (français et néerlandais côte à côte)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="77" />
      <source>Parliament layout – PDF</source>
      <translation>Mise en page du Parlement – PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="78" />
      <source>Parliament layout – Word</source>
      <translation>Mise en page du Parlement – Word</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="134" />
      <source>Export the note</source>
      <translation>Exporter la note</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="142" />
      <source>French left, Dutch right</source>
      <translation>Français à gauche, néerlandais à droite</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="143" />
      <source>Dutch left, French right</source>
      <translation>Néerlandais à gauche, français à droite</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="144" />
      <source>Draft: mark every page “PROJET / ONTWERP”</source>
      <translation>Projet : marquer chaque page « PROJET / ONTWERP »</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="146" />
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="152" />
      <source>Format:</source>
      <translation>Format :</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="153" />
      <source>Columns:</source>
      <translation>Colonnes :</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="155" />
      <source>File:</source>
      <translation>Fichier :</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="157" />
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="228" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="177" />
      <source>This note still breaks %n rule(s), so it can only be exported as a draft. Correct them for the submission export:</source>
      <translation>Cette note enfreint encore %n règle(s) : elle ne peut être exportée que comme projet. Corrigez-les pour l’export de dépôt :</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="208" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="208" />
      <source>Word documents (*.docx)</source>
      <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="209" />
      <source>Export to</source>
      <translation>Exporter vers</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="227" />
      <source>Exporting the note…</source>
      <translation>Export de la note…</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="249" />
      <source>Export refused</source>
      <translation>Export refusé</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="250" />
      <source>The note breaks %n rule(s); export it as a draft or correct them.</source>
      <translation>La note enfreint %n règle(s) : exportez-la comme projet ou corrigez-les.</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="258" />
      <source>Export failed</source>
      <translation>Échec de l’export</translation>
    </message>
    <message>
      <location filename="../../work/main/editor/dialogs/export_dialog.py" line="259" />
      <source>“%1” could not be written: %2</source>
      <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
  </context>
</TS>