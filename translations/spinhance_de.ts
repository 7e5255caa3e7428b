<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="21"/>
        <source>%1 (reader %2, %3, %4 MHz, %5 points)%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="30"/>
        <source>recipe %1, size %2, %3 parameters, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="83"/>
        <source>%1: cannot write the PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="96"/>
        <source>Coupling matrix (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="98"/>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="99"/>
        <source>Spectrum: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spinhance::ui::AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="29"/>
        <source>About Spinhance</source>
        <translation>Über Spinhance</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="32"/>
        <source>&lt;h3&gt;Spinhance Desktop %1&lt;/h3&gt;&lt;p&gt;Spin systems from low-field ¹H NMR spectra.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License v3.0 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="40"/>
        <source>Available models:</source>
        <translation>Verfügbare Modelle:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="43"/>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="43"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="43"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="43"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spinhance::ui::ComparisonPanel</name>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="40"/>
        <source>δ (ppm)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="69"/>
        <source>Evaluate on dataset</source>
        <translation>Am Datensatz auswerten</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="77"/>
        <source>Model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="77"/>
        <source>Spinhance models (*.spinmodel);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="109"/>
        <source>Open a spectrum before comparing models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="127"/>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="169"/>
        <source>Choose a test dataset to evaluate on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spinhance::ui::GroupTableModel</name>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="82"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="83"/>
        <source>δ (ppm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="84"/>
        <source>nH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="85"/>
        <source>Mult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="86"/>
        <source>J (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="87"/>
        <source>Conf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spinhance::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="32"/>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Spinhance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="35"/>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Spectrum</source>
        <translation>Spektrum</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="37"/>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Compare models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="39"/>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Ready — open a spectrum (File ▸ Open or drop a file here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <location filename="../ui/mainwindowmenus.cpp" line="110"/>
        <source>Open spectra</source>
        <translation>Offene Spektren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Current only</source>
        <translation>Nur aktuelles</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Overlay all</source>
        <translation>Alle überlagern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Stack all</source>
        <translation>Alle stapeln</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Opened %1 (%2 points, %3 MHz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Open a spectrum before predicting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>Choose a model file first (Analysis ▸ Model…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Predicting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>Predicted %1 groups with model %2 · overlay after %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="49"/>
        <source>Predict a spin system before copying its journal string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="51"/>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="57"/>
        <source>%1: predict a spin system before writing a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="61"/>
        <source>Spin system of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="67"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="76"/>
        <source>%1: cannot write the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="82"/>
        <source>%1: cannot write the SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="20"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="21"/>
        <source>&amp;About Spinhance</source>
        <translation>Ü&amp;ber Spinhance</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="25"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="26"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="27"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="30"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="31"/>
        <source>PDF report…</source>
        <translation>PDF-Bericht…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="32"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="34"/>
        <source>Plot as PNG…</source>
        <translation>Diagramm als PNG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="35"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="37"/>
        <source>Plot as SVG…</source>
        <translation>Diagramm als SVG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="38"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="40"/>
        <source>Spin system as JSON…</source>
        <translation>Spinsystem als JSON…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="41"/>
        <source>Interchange JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="43"/>
        <source>Spin system as CSV…</source>
        <translation>Spinsystem als CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="44"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="46"/>
        <source>Copy &amp;journal string</source>
        <translation>&amp;Journal-Zeile kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="49"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="53"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="54"/>
        <source>&amp;Predict spin system</source>
        <translation>Spinsystem &amp;vorhersagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="57"/>
        <source>&amp;Fit line shapes</source>
        <translation>Linienformen an&amp;passen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="60"/>
        <source>Arrives with the fitting module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="62"/>
        <source>Choose &amp;model…</source>
        <translation>&amp;Modell wählen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="63"/>
        <source>Reset &amp;zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="69"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="70"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="104"/>
        <source>All spectra (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="105"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="118"/>
        <source>Choose model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="119"/>
        <source>Spinhance models (*.spinmodel);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="125"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="127"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spinhance::ui::SpectrumView</name>
    <message>
        <location filename="../ui/spectrumview.cpp" line="35"/>
        <source>δ (ppm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="36"/>
        <source>intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="50"/>
        <source>Wheel: zoom · drag: pan · Ctrl+drag: box zoom · double-click: reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="113"/>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="118"/>
        <source>simulated total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="151"/>
        <source>δ %1 ppm · %2 Hz (%3 MHz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="169"/>
        <source>Spinhance spectrum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spinhance::ui::TrainingPanel</name>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="34"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="59"/>
        <source>HDF5 dataset (empty: generate on the fly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="60"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="62"/>
        <source>Training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="63"/>
        <source>HDF5 datasets (*.h5 *.hdf5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="79"/>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="80"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="81"/>
        <source>Data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="82"/>
        <source>Generate N spectra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="83"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="84"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="85"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="93"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="94"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="95"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="108"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="109"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="110"/>
        <source>validation shift MAE (ppm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="113"/>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="114"/>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="115"/>
        <source>validation shift MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="159"/>
        <source>epoch %1: training loss %2, validation loss %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="170"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
