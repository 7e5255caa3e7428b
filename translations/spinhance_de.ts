<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/reportcontent.cpp" line="15"/>
        <source>%1, peak list</source>
        <translation>%1, Peakliste</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="19"/>
        <source>recipe %1, size %2, %3 parameters, %4</source>
        <translation>Rezept %1, Größe %2, %3 Parameter, %4</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="26"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="27"/>
        <source>Format: %1 (reader %2)</source>
        <translation>Format: %1 (Importfilter %2)</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="30"/>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="32"/>
        <source>Instrument: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="33"/>
        <source>Nucleus: %1 · field: %2 MHz · solvent: %3</source>
        <translation>Kern: %1 · Feld: %2 MHz · Lösungsmittel: %3</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="36"/>
        <source>not stated in the file</source>
        <translation>in der Datei nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="40"/>
        <source>Spectrum: %1 points, %2 to %3 ppm</source>
        <translation>Spektrum: %1 Punkte, %2 bis %3 ppm</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="46"/>
        <source>FID: %1 complex points, spectral width %2 Hz, carrier %3 ppm</source>
        <translation>FID: %1 komplexe Punkte, spektrale Breite %2 Hz, Träger %3 ppm</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="59"/>
        <source>Phase by hand: %1° zero order, %2° first order</source>
        <translation>Phase von Hand: %1° nullter Ordnung, %2° erster Ordnung</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="64"/>
        <source>Reference moved by hand: %1 ppm</source>
        <translation>Referenz von Hand verschoben: %1 ppm</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="66"/>
        <source>Baseline by hand: %1 through %2 signal-free regions</source>
        <translation>Basislinie von Hand: %1 durch %2 signalfreie Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="68"/>
        <source>spline</source>
        <translation>Spline</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="69"/>
        <source>polynomial of order %1</source>
        <translation>Polynom der Ordnung %1</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="71"/>
        <source>as read from the file</source>
        <translation>wie aus der Datei gelesen</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="81"/>
        <location filename="../ui/reportcontent.cpp" line="93"/>
        <source>%1–%2 ppm: %3 H</source>
        <translation>%1–%2 ppm: %3 H</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="85"/>
        <source>(by hand; integral %1 set to %2 H)</source>
        <translation>(von Hand; Integral %1 auf %2 H gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="97"/>
        <source>(from the automatic analysis)</source>
        <translation>(aus der automatischen Analyse)</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="105"/>
        <source>Fit by hand: %1</source>
        <translation>Anpassung von Hand: %1</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="107"/>
        <source>Analysis: %1 groups, %2 H; RMS residual %3 of the tallest line; %4 after %5 iterations</source>
        <translation>Analyse: %1 Gruppen, %2 H; RMS-Residuum %3 der höchsten Linie; %4 nach %5 Iterationen</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="112"/>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="113"/>
        <source>not converged</source>
        <translation>nicht konvergiert</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="115"/>
        <source>Cosine with the spectrum %1 · BIC %2 · %3 hypotheses fitted · %4 s</source>
        <translation>Kosinus zum Spektrum %1 · BIC %2 · %3 Hypothesen angepasst · %4 s</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="122"/>
        <source>Flag %1: %2</source>
        <translation>Flag %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="130"/>
        <source>Trained for %1–%2 MHz; training data %3</source>
        <translation>Trainiert für %1–%2 MHz; Trainingsdaten %3</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="134"/>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="41"/>
        <source>Spinhance report · page %1</source>
        <translation>Spinhance-Bericht · Seite %1</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="171"/>
        <source>%1: cannot write the PDF file (%2)</source>
        <translation>%1: PDF-Datei kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="176"/>
        <source>Created %1 with Spinhance</source>
        <translation>Erstellt %1 mit Spinhance</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="177"/>
        <source>Acquisition</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="178"/>
        <source>Processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="182"/>
        <source>Residual of the last fit (measured − fitted)</source>
        <translation>Residuum der letzten Anpassung (gemessen − angepasst)</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="185"/>
        <source>Integrals</source>
        <translation>Integrale</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="187"/>
        <source>Spin system</source>
        <translation>Spinsystem</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="189"/>
        <source>Coupling matrix (Hz; ± from the last fit)</source>
        <translation>Kopplungsmatrix (Hz; ± aus der letzten Anpassung)</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="190"/>
        <source>Fit statistics</source>
        <translation>Anpassungsstatistik</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="191"/>
        <source>Journal line</source>
        <translation>Journal-Zeile</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="194"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="170"/>
        <source>%1: cannot write the PDF file</source>
        <translation>%1: PDF-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="26"/>
        <source> · flags: %1</source>
        <translation> · Flags: %1</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="30"/>
        <source>About Spinhance</source>
        <translation>Über Spinhance</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="33"/>
        <source>&lt;h3&gt;Spinhance Desktop %1&lt;/h3&gt;&lt;p&gt;Spin systems from low-field ¹H NMR spectra.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License v3.0 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spinhance Desktop %1&lt;/h3&gt;&lt;p&gt;Spinsysteme aus Niederfeld-¹H-NMR-Spektren.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License v3.0 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="41"/>
        <source>Available models:</source>
        <translation>Verfügbare Modelle:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="44"/>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="44"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="44"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="44"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::ComparisonPanel</name>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="40"/>
        <source>δ (ppm)</source>
        <translation>δ (ppm)</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="65"/>
        <source>Add models…</source>
        <translation>Modelle hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="66"/>
        <source>Compare on current spectrum</source>
        <translation>Am aktuellen Spektrum vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="68"/>
        <source>test dataset (HDF5)</source>
        <translation>Testdatensatz (HDF5)</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="69"/>
        <source>Evaluate on dataset</source>
        <translation>Am Datensatz auswerten</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="77"/>
        <source>Model files</source>
        <translation>Modelldateien</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="77"/>
        <source>Spinhance models (*.spinmodel);;All files (*)</source>
        <translation>Spinhance-Modelle (*.spinmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="197"/>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::FitPanel</name>
    <message>
        <location filename="../ui/fitpanel.cpp" line="19"/>
        <source>Fit</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <location filename="../ui/fitpanel.cpp" line="20"/>
        <source>Refine the spin system against the visible part of the spectrum (Shift+drag a selected multiplet to move it and refit locally)</source>
        <translation>Spinsystem am sichtbaren Bereich des Spektrums verfeinern (Umschalt+Ziehen verschiebt ein ausgewähltes Multiplett und passt es lokal neu an)</translation>
    </message>
    <message>
        <location filename="../ui/fitpanel.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/fitpanel.cpp" line="26"/>
        <source>δ</source>
        <translation>δ</translation>
    </message>
    <message>
        <location filename="../ui/fitpanel.cpp" line="27"/>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <location filename="../ui/fitpanel.cpp" line="28"/>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../ui/fitpanel.cpp" line="29"/>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/fitpanel.cpp" line="30"/>
        <source>baseline</source>
        <translation>Basislinie</translation>
    </message>
    <message>
        <location filename="../ui/fitpanel.cpp" line="31"/>
        <source>broadened stages</source>
        <translation>Stufen mit Verbreiterung</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::GroupTableModel</name>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="69"/>
        <source>%1 (held)</source>
        <translation>%1 (gehalten)</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="122"/>
        <source>held</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="127"/>
        <source>Splittings of the multiplet (magnitudes, as in the journal line); the signed couplings are in the matrix and in J ±</source>
        <translation>Aufspaltungen des Multipletts (Beträge, wie in der Journalzeile); die Kopplungen mit Vorzeichen stehen in der Matrix und unter J ±</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="130"/>
        <source>Line width an uncoupled group has beyond the common one (Hz): an NH, OH or COOH proton exchanging at an intermediate rate is one broad line. The fit refines a width above 0; a coupled group keeps the common width.</source>
        <translation>Linienbreite, die eine ungekoppelte Gruppe über die gemeinsame hinaus hat (Hz): ein NH-, OH- oder COOH-Proton, das mit mittlerer Geschwindigkeit austauscht, ist eine breite Linie. Der Fit verfeinert eine Breite über 0; eine gekoppelte Gruppe behält die gemeinsame Breite.</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="137"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="139"/>
        <source>δ (ppm)</source>
        <translation>δ (ppm)</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="141"/>
        <source>δ ± (ppm)</source>
        <translation>δ ± (ppm)</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="143"/>
        <source>J ± (Hz)</source>
        <translation>J ± (Hz)</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="145"/>
        <source>+Width (Hz)</source>
        <translation>+Breite (Hz)</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="147"/>
        <source>nH</source>
        <translation>nH</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="149"/>
        <source>Mult.</source>
        <translation>Mult.</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="153"/>
        <source>|J| (Hz)</source>
        <translation>|J| (Hz)</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="155"/>
        <source>Conf.</source>
        <translation>Konf.</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::InspectionPanel</name>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="44"/>
        <source>Inspecting: %1</source>
        <translation>Untersuchung: %1</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="64"/>
        <source>linear CKA</source>
        <translation>lineare CKA</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="69"/>
        <source>model B stage</source>
        <translation>Stufe von Modell B</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="70"/>
        <location filename="../ui/inspectionpanel.cpp" line="72"/>
        <source>model A stage</source>
        <translation>Stufe von Modell A</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="73"/>
        <source>probe score (accuracy or R²)</source>
        <translation>Sondenwert (Genauigkeit oder R²)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="93"/>
        <source>model A (.spinmodel)</source>
        <translation>Modell A (.spinmodel)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="94"/>
        <source>model B (optional)</source>
        <translation>Modell B (optional)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="95"/>
        <source>dataset (HDF5, its test split)</source>
        <translation>Datensatz (HDF5, sein Testteil)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="99"/>
        <source> spectra</source>
        <translation> Spektren</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="100"/>
        <source>Model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="101"/>
        <source>Model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="102"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="103"/>
        <source>Samples</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="105"/>
        <source>Choose models…</source>
        <translation>Modelle wählen…</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="106"/>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="107"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="110"/>
        <source>Choose one or two models and a dataset.</source>
        <translation>Ein oder zwei Modelle und einen Datensatz wählen.</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="118"/>
        <source>Model files</source>
        <translation>Modelldateien</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="118"/>
        <source>Spinhance models (*.spinmodel);;All files (*)</source>
        <translation>Spinhance-Modelle (*.spinmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="157"/>
        <source>Model A and a dataset are needed: model B is optional.</source>
        <translation>Modell A und ein Datensatz werden benötigt; Modell B ist optional.</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="162"/>
        <source>Inspecting…</source>
        <translation>Untersuchung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="173"/>
        <source>Inspection cancelled.</source>
        <translation>Untersuchung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="181"/>
        <source>%1 stages of model A against %2 of model B; probes of model A.</source>
        <translation>%1 Stufen von Modell A gegen %2 von Modell B; Sonden von Modell A.</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="187"/>
        <source>Probes of model A (%1 stages); give model B for the CKA heat map.</source>
        <translation>Sonden von Modell A (%1 Stufen); für die CKA-Heatmap Modell B angeben.</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="215"/>
        <source>group count (accuracy)</source>
        <translation>Gruppenzahl (Genauigkeit)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="217"/>
        <source>mean shift (R²)</source>
        <translation>mittlere Verschiebung (R²)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="218"/>
        <source>coupled share (R²)</source>
        <translation>Anteil gekoppelter Paare (R²)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="236"/>
        <source>group degeneracy (accuracy)</source>
        <translation>Gruppen-Entartung (Genauigkeit)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="238"/>
        <source>pair coupled (accuracy)</source>
        <translation>Paar gekoppelt (Genauigkeit)</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>Spinhance</source>
        <translation>Spinhance</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="41"/>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>Spectrum</source>
        <translation>Spektrum</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>Compare models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Inspect models</source>
        <translation>Modelle untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Ready — open a spectrum (File ▸ Open or drop a file here)</source>
        <translation>Bereit — Spektrum öffnen (Datei ▸ Öffnen oder Datei hierher ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Peaks above 5 noise σ of the current spectrum</source>
        <translation>Peaks über 5 Rausch-σ des aktuellen Spektrums</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Multiplets the last analysis read off the spectrum</source>
        <translation>Multipletts, die die letzte Analyse aus dem Spektrum gelesen hat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>Peaks</source>
        <translation>Peaks</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>Multiplets</source>
        <translation>Multipletts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <location filename="../ui/mainwindowmenus.cpp" line="199"/>
        <source>Open spectra</source>
        <translation>Offene Spektren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Current only</source>
        <translation>Nur aktuelles</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Overlay all</source>
        <translation>Alle überlagern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Stack all</source>
        <translation>Alle stapeln</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Opened %1 (%2 points, %3 MHz)</source>
        <translation>%1 geöffnet (%2 Punkte, %3 MHz)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>%1 — Spinhance</source>
        <translation>%1 — Spinhance</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Open a spectrum before predicting.</source>
        <translation>Öffnen Sie vor der Vorhersage ein Spektrum.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>Choose a model file first (Analysis ▸ Model…).</source>
        <translation>Wählen Sie zuerst eine Modelldatei (Analyse ▸ Modell wählen…).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>Predict again and replace your edits of this spin system? (Edit ▸ Undo brings them back.)</source>
        <translation>Erneut vorhersagen und Ihre Änderungen an diesem Spinsystem ersetzen? (Bearbeiten ▸ Rückgängig stellt sie wieder her.)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>Predicting…</source>
        <translation>Vorhersage läuft…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>Model prediction</source>
        <translation>Modellvorhersage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>Predicted %1 groups with model %2 · overlay after %3 ms</source>
        <translation>%1 Gruppen mit Modell %2 vorhergesagt · Überlagerung nach %3 ms</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Edit spin system</source>
        <translation>Spinsystem bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="93"/>
        <source>Predict a spin system before copying its journal string.</source>
        <translation>Sagen Sie zuerst ein Spinsystem vorher, bevor Sie seine Journal-Zeile kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="95"/>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="101"/>
        <source>%1: predict a spin system before writing a report</source>
        <translation>%1: Vor dem Erstellen eines Berichts muss ein Spinsystem vorhergesagt werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="106"/>
        <source>Spin system of %1</source>
        <translation>Spinsystem von %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="126"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="135"/>
        <source>%1: cannot write the PNG image</source>
        <translation>%1: PNG-Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="142"/>
        <source>%1: cannot write the screenshot (%2)</source>
        <translation>%1: Bildschirmfoto kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="148"/>
        <source>%1: cannot write the SVG image</source>
        <translation>%1: SVG-Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="24"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="25"/>
        <source>&amp;About Spinhance</source>
        <translation>Ü&amp;ber Spinhance</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="29"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="30"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="31"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="33"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="34"/>
        <source>Close &amp;all</source>
        <translation>&amp;Alle schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="36"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="37"/>
        <source>PDF report…</source>
        <translation>PDF-Bericht…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="38"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="39"/>
        <source>Plot as PNG…</source>
        <translation>Diagramm als PNG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="40"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="42"/>
        <source>Plot as SVG…</source>
        <translation>Diagramm als SVG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="43"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="45"/>
        <source>Spin system as JSON…</source>
        <translation>Spinsystem als JSON…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="46"/>
        <source>Interchange JSON (*.json)</source>
        <translation>Austausch-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="48"/>
        <source>Spin system as NMReDATA (SDF)…</source>
        <translation>Spinsystem als NMReDATA (SDF)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="49"/>
        <source>NMReDATA (*.sdf)</source>
        <translation>NMReDATA (*.sdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="51"/>
        <source>Spin system as CSV…</source>
        <translation>Spinsystem als CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="52"/>
        <location filename="../ui/mainwindowmenus.cpp" line="55"/>
        <location filename="../ui/mainwindowmenus.cpp" line="58"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="54"/>
        <source>Multiplet table as CSV…</source>
        <translation>Multiplett-Tabelle als CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="57"/>
        <source>Peaks and integrals as CSV…</source>
        <translation>Peaks und Integrale als CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="61"/>
        <source>Copy &amp;journal string</source>
        <translation>&amp;Journal-Zeile kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="64"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="69"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="70"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="72"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="77"/>
        <source>&amp;Processing…</source>
        <translation>&amp;Verarbeitung…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="82"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="83"/>
        <source>&amp;Predict spin system</source>
        <translation>Spinsystem &amp;vorhersagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="85"/>
        <source>&amp;Analyze (proposals + exact fits)</source>
        <translation>&amp;Analysieren (Vorschläge + exakte Anpassungen)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="88"/>
        <source>Cancel a&amp;nalysis</source>
        <translation>Analyse a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="89"/>
        <source>Molecule&apos;s pro&amp;tons or formula…</source>
        <translation>Pro&amp;tonen oder Summenformel des Moleküls…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="91"/>
        <source>Use a &amp;runner-up hypothesis</source>
        <translation>Zweitbeste &amp;Hypothese verwenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="93"/>
        <source>A&amp;dd group…</source>
        <translation>&amp;Gruppe hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="94"/>
        <source>De&amp;lete selected group</source>
        <translation>Ausgewählte Gruppe &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="96"/>
        <source>Apply a &amp;journal line…</source>
        <translation>&amp;Journal-Zeile anwenden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="98"/>
        <source>Apply a spin s&amp;ystem file…</source>
        <translation>Spins&amp;ystem-Datei anwenden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="100"/>
        <source>&amp;Structure…</source>
        <translation>&amp;Struktur…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="101"/>
        <source>&amp;Fit line shapes</source>
        <translation>Linienformen an&amp;passen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="104"/>
        <source>&amp;Cancel fit</source>
        <translation>Anpassung abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="106"/>
        <source>&amp;Integrate by dragging</source>
        <translation>Durch Ziehen &amp;integrieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="111"/>
        <source>Integral scal&amp;e…</source>
        <translation>Integral-Skal&amp;a…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="112"/>
        <source>Clear inte&amp;grals</source>
        <translation>Inte&amp;grale löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="113"/>
        <source>Integrals from the analysis&apos; regi&amp;ons</source>
        <translation>Integrale aus den Berei&amp;chen der Analyse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="116"/>
        <source>Choose &amp;model…</source>
        <translation>&amp;Modell wählen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="117"/>
        <source>Reset &amp;zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="122"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="123"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="143"/>
        <source>&amp;Compute device</source>
        <translation>&amp;Rechengerät</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="146"/>
        <source>Automatic (GPU when available)</source>
        <translation>Automatisch (GPU, wenn vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="147"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="148"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="155"/>
        <source>This build of LibTorch sees no CUDA device</source>
        <translation>Dieser LibTorch-Build sieht kein CUDA-Gerät</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="161"/>
        <source>Compute device: models load there from now on</source>
        <translation>Rechengerät: Modelle werden ab jetzt dort geladen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="190"/>
        <source>Files inside Bruker, Spinsolve or Varian experiments (%1)</source>
        <translation>Dateien in Bruker-, Spinsolve- oder Varian-Experimenten (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="192"/>
        <source>All spectra (%1)</source>
        <translation>Alle Spektren (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="193"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="207"/>
        <source>Choose model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="207"/>
        <source>Spinhance models (*.spinmodel);;All files (*)</source>
        <translation>Spinhance-Modelle (*.spinmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="214"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="216"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="26"/>
        <source>Predict or analyse the spectrum before adding groups by hand.</source>
        <translation>Führen Sie eine Vorhersage oder Analyse des Spektrums durch, bevor Sie Gruppen von Hand hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="31"/>
        <source>A group needs a shift between %1 and %2 ppm and 1 to %3 protons.</source>
        <translation>Eine Gruppe braucht eine chemische Verschiebung zwischen %1 und %2 ppm und 1 bis %3 Protonen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="48"/>
        <source>Select a group in the table to delete it.</source>
        <translation>Wählen Sie in der Tabelle eine Gruppe aus, um sie zu löschen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="69"/>
        <source>The analysis of this spectrum has no such runner-up.</source>
        <translation>Die Analyse dieses Spektrums hat keine solche zweitbeste Hypothese.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="74"/>
        <source>Runner-up %1 (%2) shown: ΔBIC %3 against the analysis&apos;s answer</source>
        <translation>Zweitbeste Hypothese %1 (%2) angezeigt: ΔBIC %3 gegenüber dem Ergebnis der Analyse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="84"/>
        <location filename="../ui/mainwindowedit.cpp" line="88"/>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="84"/>
        <source>Shift δ (ppm):</source>
        <translation>Verschiebung δ (ppm):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="88"/>
        <source>Protons (H):</source>
        <translation>Protonen (H):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="107"/>
        <source>%1: %2 groups, %3 H, ΔBIC %4</source>
        <translation>%1: %2 Gruppen, %3 H, ΔBIC %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfit.cpp" line="28"/>
        <source>Fit: %1 %2%</source>
        <translation>Anpassung: %1 %2%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfit.cpp" line="37"/>
        <source>Open a spectrum before fitting.</source>
        <translation>Öffnen Sie vor der Anpassung ein Spektrum.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfit.cpp" line="59"/>
        <source>Fit</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfit.cpp" line="67"/>
        <source>Fit: %1</source>
        <translation>Anpassung: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="17"/>
        <source>Journal line</source>
        <translation>Journal-Zeile</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="18"/>
        <source>Paste a 1H NMR line, e.g. δ 4.12 (q, J = 7.1 Hz, 2H), 1.26 (t, J = 7.1 Hz, 3H):</source>
        <translation>Fügen Sie eine 1H-NMR-Zeile ein, z. B. δ 4.12 (q, J = 7.1 Hz, 2H), 1.26 (t, J = 7.1 Hz, 3H):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="26"/>
        <source>Open a spectrum before applying a journal line to it.</source>
        <translation>Öffnen Sie ein Spektrum, bevor Sie eine Journal-Zeile darauf anwenden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="44"/>
        <source>Spin system file</source>
        <translation>Spinsystem-Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="45"/>
        <source>Spin systems (*.json *.sdf);;Interchange JSON (*.json);;NMReDATA (*.sdf);;All files (*)</source>
        <translation>Spinsysteme (*.json *.sdf);;Austausch-JSON (*.json);;NMReDATA (*.sdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="53"/>
        <source>Open a spectrum before applying a spin system file to it.</source>
        <translation>Öffnen Sie ein Spektrum, bevor Sie eine Spinsystem-Datei darauf anwenden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="64"/>
        <source>%1: the file holds no spin system</source>
        <translation>%1: die Datei enthält kein Spinsystem</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="68"/>
        <source>%1: %2 groups, %3 H (record 1 of %4)</source>
        <translation>%1: %2 Gruppen, %3 H (Datensatz 1 von %4)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="80"/>
        <source>Replace spin system</source>
        <translation>Spinsystem ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="90"/>
        <source>Journal line: %1 groups, %2 H · cosine with the spectrum %3%4</source>
        <translation>Journal-Zeile: %1 Gruppen, %2 H · Kosinus zum Spektrum %3%4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="95"/>
        <source> · %1 unmatched J or missing counts</source>
        <translation> · %1 nicht zugeordnete J oder fehlende Protonenzahlen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstructure.cpp" line="38"/>
        <source>Open a spectrum before verifying a structure against it.</source>
        <translation>Öffnen Sie ein Spektrum, bevor Sie eine Struktur daran überprüfen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstructure.cpp" line="52"/>
        <source>structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstructure.cpp" line="63"/>
        <source>Structure: %1</source>
        <translation>Struktur: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="46"/>
        <source>Cancel analysis</source>
        <translation>Analyse abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="54"/>
        <source>Open a spectrum before analysing it.</source>
        <translation>Öffnen Sie ein Spektrum, bevor Sie es analysieren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="75"/>
        <location filename="../ui/mainwindowsynthesis.cpp" line="105"/>
        <source>Open a spectrum before giving its molecule&apos;s protons.</source>
        <translation>Öffnen Sie ein Spektrum, bevor Sie die Protonen seines Moleküls angeben.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="89"/>
        <source>Molecule&apos;s protons: expected a positive number such as 18 or a formula with hydrogen such as C13H18O2, found &apos;%1&apos;.</source>
        <translation>Protonen des Moleküls: erwartet wurde eine positive Zahl wie 18 oder eine Summenformel mit Wasserstoff wie C13H18O2, gefunden „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="97"/>
        <source>Analysing again with %1 H in the molecule.</source>
        <translation>Erneute Analyse mit %1 H im Molekül.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="98"/>
        <source>Analysing again without a proton count.</source>
        <translation>Erneute Analyse ohne Protonenzahl.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="108"/>
        <source>Molecule&apos;s protons</source>
        <translation>Protonen des Moleküls</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="109"/>
        <source>Protons in the molecule, as a number (18) or a formula (C13H18O2);
empty: unknown. The analysis fits the integrals to this count.</source>
        <translation>Protonen im Molekül, als Zahl (18) oder Summenformel (C13H18O2);
leer: unbekannt. Die Analyse passt die Integrale an diese Zahl an.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="145"/>
        <source>Analysis finished; your hand edits were kept (its answer is in the exports).</source>
        <translation>Analyse abgeschlossen; Ihre manuellen Änderungen wurden beibehalten (das Ergebnis der Analyse steht in den Exporten).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="147"/>
        <source>Analysis: no confident answer%1</source>
        <translation>Analyse: kein sicheres Ergebnis%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="148"/>
        <source>Analysis result</source>
        <translation>Analyseergebnis</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="151"/>
        <source>Analysis: %1 groups, %2 H · rms %3 (of the tallest line) · %4 · cosine %5 · %6 s%7</source>
        <translation>Analyse: %1 Gruppen, %2 H · RMS %3 (bezogen auf die höchste Linie) · %4 · Kosinus %5 · %6 s%7</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="155"/>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="155"/>
        <source>not converged (iteration limit)</source>
        <translation>nicht konvergiert (Iterationslimit)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprocessing.cpp" line="19"/>
        <source>Open a spectrum first: there is nothing to process.</source>
        <translation>Öffnen Sie zuerst ein Spektrum: Es gibt nichts zu verarbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprocessing.cpp" line="30"/>
        <source>Click the reference line in the spectrum</source>
        <translation>Klicken Sie die Referenzlinie im Spektrum an</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprocessing.cpp" line="74"/>
        <source>That spectrum is no longer open.</source>
        <translation>Dieses Spektrum ist nicht mehr geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprocessing.cpp" line="84"/>
        <source>Processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprocessing.cpp" line="94"/>
        <source>Processing %1…</source>
        <translation>Verarbeite %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprocessing.cpp" line="105"/>
        <source>Processed %1 again</source>
        <translation>%1 neu verarbeitet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="47"/>
        <source>Drag across a multiplet to integrate it</source>
        <translation>Ziehen Sie über ein Multiplett, um es zu integrieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="51"/>
        <source>Open a spectrum before integrating.</source>
        <translation>Öffnen Sie vor dem Integrieren ein Spektrum.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="85"/>
        <source>Integral</source>
        <translation>Integral</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="87"/>
        <source>Integral %1: %2–%3 ppm</source>
        <translation>Integral %1: %2–%3 ppm</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="100"/>
        <source>There is no integral %1 (there are %2).</source>
        <translation>Es gibt kein Integral %1 (es gibt %2).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="105"/>
        <location filename="../ui/mainwindowintegrals.cpp" line="138"/>
        <location filename="../ui/mainwindowintegrals.cpp" line="143"/>
        <source>Integral scale</source>
        <translation>Integral-Skala</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="111"/>
        <source>Clear integrals</source>
        <translation>Integrale löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="119"/>
        <source>No analysis with multiplet regions yet (Analysis ▸ Analyze first).</source>
        <translation>Noch keine Analyse mit Multiplett-Bereichen (zuerst Analyse ▸ Analysieren).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="129"/>
        <source>Integrals from the analysis</source>
        <translation>Integrale aus der Analyse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="135"/>
        <source>Drag an integral first (Analysis ▸ Integrate by dragging).</source>
        <translation>Ziehen Sie zuerst ein Integral (Analyse ▸ Durch Ziehen integrieren).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="139"/>
        <source>Reference integral (1–%1):</source>
        <translation>Bezugsintegral (1–%1):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="143"/>
        <source>Its protons (H):</source>
        <translation>Seine Protonen (H):</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::MultipletTableModel</name>
    <message>
        <location filename="../ui/multiplettablemodel.cpp" line="60"/>
        <source>range / ppm</source>
        <translation>Bereich / ppm</translation>
    </message>
    <message>
        <location filename="../ui/multiplettablemodel.cpp" line="62"/>
        <source>δ / ppm</source>
        <translation>δ / ppm</translation>
    </message>
    <message>
        <location filename="../ui/multiplettablemodel.cpp" line="64"/>
        <source>mult.</source>
        <translation>Mult.</translation>
    </message>
    <message>
        <location filename="../ui/multiplettablemodel.cpp" line="66"/>
        <source>J / Hz</source>
        <translation>J / Hz</translation>
    </message>
    <message>
        <location filename="../ui/multiplettablemodel.cpp" line="68"/>
        <source>integral / H</source>
        <translation>Integral / H</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::PeakTableModel</name>
    <message>
        <location filename="../ui/peaktablemodel.cpp" line="46"/>
        <source>δ / ppm</source>
        <translation>δ / ppm</translation>
    </message>
    <message>
        <location filename="../ui/peaktablemodel.cpp" line="48"/>
        <source>ν / Hz</source>
        <translation>ν / Hz</translation>
    </message>
    <message>
        <location filename="../ui/peaktablemodel.cpp" line="50"/>
        <source>height</source>
        <translation>Höhe</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::ProcessingDialog</name>
    <message>
        <location filename="../ui/processingdialog.cpp" line="33"/>
        <source>Processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="34"/>
        <location filename="../ui/processingdialog.cpp" line="35"/>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="36"/>
        <location filename="../ui/processingdialog.cpp" line="48"/>
        <location filename="../ui/processingdialog.cpp" line="49"/>
        <location filename="../ui/processingdialog.cpp" line="50"/>
        <source> ppm</source>
        <translation> ppm</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="37"/>
        <source>centre of the spectrum</source>
        <translation>Mitte des Spektrums</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="38"/>
        <location filename="../ui/processingdialog.cpp" line="39"/>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="40"/>
        <source>Gaussian window: the FWHM of the Gaussian line it alone gives</source>
        <translation>Gauß-Fenster: die Halbwertsbreite der Gauß-Linie, die es allein ergibt</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="43"/>
        <source>%1 × the FID</source>
        <translation>%1 × der FID</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="44"/>
        <source>Points of the spectrum: the power of two at least this many times the FID&apos;s</source>
        <translation>Punkte des Spektrums: die Zweierpotenz, mindestens so viele Male die des FID</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="46"/>
        <source>automatic baseline correction</source>
        <translation>automatische Basislinienkorrektur</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="47"/>
        <source>automatic referencing (TMS, DSS or solvent)</source>
        <translation>automatische Referenzierung (TMS, DSS oder Lösungsmittel)</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="65"/>
        <source>automatic (arPLS); or e.g. 9.5:11, -0.5:0.4</source>
        <translation>automatisch (arPLS); oder z. B. 9.5:11, -0.5:0.4</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="69"/>
        <source>order </source>
        <translation>Ordnung </translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="71"/>
        <source>polynomial</source>
        <translation>Polynom</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="71"/>
        <source>spline</source>
        <translation>Spline</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="74"/>
        <source>A spline through the regions follows a baseline that rolls; a polynomial does not</source>
        <translation>Ein Spline durch die Bereiche folgt einer welligen Basislinie, ein Polynom nicht</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="84"/>
        <source>Pick pivot</source>
        <translation>Drehpunkt wählen</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="85"/>
        <source>Click the line the first-order phase turns about</source>
        <translation>Klicken Sie die Linie an, um die sich die Phase erster Ordnung dreht</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="92"/>
        <source>Phase with the mouse: drag up or down (Shift: first order)</source>
        <translation>Phase mit der Maus: nach oben oder unten ziehen (Umschalt: erste Ordnung)</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="94"/>
        <source>Drag signal-free regions on the spectrum</source>
        <translation>Signalfreie Bereiche im Spektrum ziehen</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="104"/>
        <source>Pick</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="105"/>
        <source>Click the line in the spectrum</source>
        <translation>Klicken Sie die Linie im Spektrum an</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="108"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="109"/>
        <source>Adds the difference to the reference offset</source>
        <translation>Addiert die Differenz zum Referenz-Offset</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="114"/>
        <source>Zero-order phase added</source>
        <translation>Zusätzliche Phase nullter Ordnung</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="115"/>
        <source>First-order phase added</source>
        <translation>Zusätzliche Phase erster Ordnung</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="116"/>
        <source>First-order pivot</source>
        <translation>Drehpunkt erster Ordnung</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="118"/>
        <source>Line broadening (FID)</source>
        <translation>Linienverbreiterung (FID)</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="119"/>
        <source>Gaussian broadening (FID)</source>
        <translation>Gauß-Verbreiterung (FID)</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="120"/>
        <source>Zero filling (FID)</source>
        <translation>Auffüllen mit Nullen (FID)</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="126"/>
        <source>Signal-free regions (ppm)</source>
        <translation>Signalfreie Bereiche (ppm)</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="129"/>
        <source>Reference offset</source>
        <translation>Referenz-Offset</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="130"/>
        <source>Line at … is at …</source>
        <translation>Linie bei … liegt bei …</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::SpectrumView</name>
    <message>
        <location filename="../ui/spectrumview.cpp" line="40"/>
        <source>δ (ppm)</source>
        <translation>δ (ppm)</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="41"/>
        <source>intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="56"/>
        <source>Wheel: zoom · drag: pan · Ctrl+drag: box zoom · double-click: reset · Shift+drag: move the selected multiplet</source>
        <translation>Mausrad: Zoom · Ziehen: Verschieben · Strg+Ziehen: Rechteck-Zoom · Doppelklick: Zurücksetzen · Umschalt+Ziehen: ausgewähltes Multiplett verschieben</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="131"/>
        <source>%1 H</source>
        <translation>%1 H</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="154"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="159"/>
        <source>simulated total</source>
        <translation>simulierte Summe</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="347"/>
        <source>δ %1 ppm · %2 Hz (%3 MHz)</source>
        <translation>δ %1 ppm · %2 Hz (%3 MHz)</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="357"/>
        <source>residual</source>
        <translation>Residuum</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="377"/>
        <source>fitted</source>
        <translation>angepasst</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="381"/>
        <source>measured − fitted</source>
        <translation>gemessen − angepasst</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="417"/>
        <source>Spinhance spectrum</source>
        <translation>Spinhance-Spektrum</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::StructureDialog</name>
    <message>
        <location filename="../ui/structuredialog.cpp" line="33"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="35"/>
        <source>SMILES, e.g. CCOC(=O)/C=C/C, or open a .mol/.sdf file</source>
        <translation>SMILES, z. B. CCOC(=O)/C=C/C, oder eine .mol/.sdf-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="36"/>
        <source>Open .mol/.sdf…</source>
        <translation>.mol/.sdf öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="37"/>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="41"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="41"/>
        <source>Predicted ppm</source>
        <translation>Vorhergesagt (ppm)</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="41"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="41"/>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="41"/>
        <source>Found ppm</source>
        <translation>Gefunden (ppm)</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="41"/>
        <source>Δ ppm</source>
        <translation>Δ ppm</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="74"/>
        <source>Open structure</source>
        <translation>Struktur öffnen</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="75"/>
        <source>Structures (*.mol *.sdf *.sd)</source>
        <translation>Strukturen (*.mol *.sdf *.sd)</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="90"/>
        <source>Verifying… %1</source>
        <translation>Überprüfung… %1</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="100"/>
        <source>unexplained signal</source>
        <translation>nicht erklärtes Signal</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="102"/>
        <source>Score %1 = mean of proton agreement %2 and cosine %3 (shifts fitted within ±0.3 ppm, couplings fixed); cosine as predicted %4</source>
        <translation>Score %1 = Mittelwert aus Protonenübereinstimmung %2 und Kosinus %3 (Verschiebungen innerhalb ±0.3 ppm angepasst, Kopplungen fixiert); Kosinus laut Vorhersage %4</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::SynthesisWorker</name>
    <message>
        <location filename="../ui/synthesisworker.cpp" line="37"/>
        <source>Analysis cancelled.</source>
        <translation>Analyse abgebrochen.</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::TrainingPanel</name>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="37"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="68"/>
        <source>Spectrum (CNN stem)</source>
        <translation>Spektrum (CNN-Stamm)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="69"/>
        <source>Peak list (picked peaks as tokens)</source>
        <translation>Peakliste (gepickte Peaks als Token)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="71"/>
        <source>HDF5 dataset (empty: generate on the fly)</source>
        <translation>HDF5-Datensatz (leer: während des Trainings erzeugen)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="72"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="74"/>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="75"/>
        <source>HDF5 datasets (*.h5 *.hdf5)</source>
        <translation>HDF5-Datensätze (*.h5 *.hdf5)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="90"/>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="91"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="92"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="93"/>
        <source>Data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="94"/>
        <source>Generate N spectra</source>
        <translation>N Spektren erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="95"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="96"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="97"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="106"/>
        <source>Automatic (GPU when available)</source>
        <translation>Automatisch (GPU, wenn vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="107"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="108"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="113"/>
        <source>This build of LibTorch sees no CUDA device</source>
        <translation>Dieser LibTorch-Build sieht kein CUDA-Gerät</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="125"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="126"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="127"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="140"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="141"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="142"/>
        <source>validation shift MAE (ppm)</source>
        <translation>Validierungs-MAE der Verschiebung (ppm)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="145"/>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="146"/>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="147"/>
        <source>validation shift MAE</source>
        <translation>Validierungs-MAE der Verschiebung</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="198"/>
        <source>epoch %1: training loss %2, validation loss %3</source>
        <translation>Epoche %1: Trainingsverlust %2, Validierungsverlust %3</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="209"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::VerifyWorker</name>
    <message>
        <location filename="../ui/verifyworker.cpp" line="25"/>
        <source>Verification cancelled.</source>
        <translation>Überprüfung abgebrochen.</translation>
    </message>
</context>
</TS>
