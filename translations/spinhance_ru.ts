<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/reportcontent.cpp" line="15"/>
        <source>%1, peak list</source>
        <translation>%1, список пиков</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="19"/>
        <source>recipe %1, size %2, %3 parameters, %4</source>
        <translation>рецепт %1, размер %2, параметров: %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="26"/>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="27"/>
        <source>Format: %1 (reader %2)</source>
        <translation>Формат: %1 (модуль чтения %2)</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="30"/>
        <source>Title: %1</source>
        <translation>Заголовок: %1</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="32"/>
        <source>Instrument: %1</source>
        <translation>Прибор: %1</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="33"/>
        <source>Nucleus: %1 · field: %2 MHz · solvent: %3</source>
        <translation>Ядро: %1 · поле: %2 MHz · растворитель: %3</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="36"/>
        <source>not stated in the file</source>
        <translation>в файле не указан</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="40"/>
        <source>Spectrum: %1 points, %2 to %3 ppm</source>
        <translation>Спектр: точек %1, от %2 до %3 ppm</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="46"/>
        <source>FID: %1 complex points, spectral width %2 Hz, carrier %3 ppm</source>
        <translation>ССИ: комплексных точек %1, спектральная ширина %2 Hz, несущая %3 ppm</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="59"/>
        <source>Phase by hand: %1° zero order, %2° first order</source>
        <translation>Фаза вручную: %1° нулевого порядка, %2° первого порядка</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="64"/>
        <source>Reference moved by hand: %1 ppm</source>
        <translation>Референс сдвинут вручную: %1 ppm</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="66"/>
        <source>Baseline by hand: %1 through %2 signal-free regions</source>
        <translation>Базовая линия вручную: %1 через %2 области без сигналов</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="68"/>
        <source>spline</source>
        <translation>сплайн</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="69"/>
        <source>polynomial of order %1</source>
        <translation>многочлен порядка %1</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="71"/>
        <source>as read from the file</source>
        <translation>как прочитано из файла</translation>
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
        <translation>(вручную; интеграл %1 принят за %2 H)</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="97"/>
        <source>(from the automatic analysis)</source>
        <translation>(из автоматического анализа)</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="105"/>
        <source>Fit by hand: %1</source>
        <translation>Подгонка вручную: %1</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="107"/>
        <source>Analysis: %1 groups, %2 H; RMS residual %3 of the tallest line; %4 after %5 iterations</source>
        <translation>Анализ: групп %1, %2 H; СКО невязки %3 от высшей линии; %4 после %5 итераций</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="112"/>
        <source>converged</source>
        <translation>сошлась</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="113"/>
        <source>not converged</source>
        <translation>не сошлась</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="115"/>
        <source>Cosine with the spectrum %1 · BIC %2 · %3 hypotheses fitted · %4 s</source>
        <translation>Косинус со спектром %1 · BIC %2 · подогнано гипотез: %3 · %4 s</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="122"/>
        <source>Flag %1: %2</source>
        <translation>Флаг %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="130"/>
        <source>Trained for %1–%2 MHz; training data %3</source>
        <translation>Обучена для %1–%2 MHz; обучающие данные %3</translation>
    </message>
    <message>
        <location filename="../ui/reportcontent.cpp" line="134"/>
        <source>not recorded</source>
        <translation>не записаны</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="41"/>
        <source>Spinhance report · page %1</source>
        <translation>Отчёт Spinhance · страница %1</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="171"/>
        <source>%1: cannot write the PDF file (%2)</source>
        <translation>%1: не удаётся записать файл PDF (%2)</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="176"/>
        <source>Created %1 with Spinhance</source>
        <translation>Создан %1 в Spinhance</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="177"/>
        <source>Acquisition</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="178"/>
        <source>Processing</source>
        <translation>Обработка</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="182"/>
        <source>Residual of the last fit (measured − fitted)</source>
        <translation>Невязка последней подгонки (измерено − подогнано)</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="185"/>
        <source>Integrals</source>
        <translation>Интегралы</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="187"/>
        <source>Spin system</source>
        <translation>Спиновая система</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="189"/>
        <source>Coupling matrix (Hz; ± from the last fit)</source>
        <translation>Матрица КССВ (Hz; ± из последней подгонки)</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="190"/>
        <source>Fit statistics</source>
        <translation>Статистика подгонки</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="191"/>
        <source>Journal line</source>
        <translation>Строка для журнала</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="194"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="170"/>
        <source>%1: cannot write the PDF file</source>
        <translation>%1: не удаётся записать файл PDF</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="26"/>
        <source> · flags: %1</source>
        <translation> · флаги: %1</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="30"/>
        <source>About Spinhance</source>
        <translation>О программе Spinhance</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="33"/>
        <source>&lt;h3&gt;Spinhance Desktop %1&lt;/h3&gt;&lt;p&gt;Spin systems from low-field ¹H NMR spectra.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License v3.0 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spinhance Desktop %1&lt;/h3&gt;&lt;p&gt;Спиновые системы по спектрам ЯМР ¹H низкого поля.&lt;/p&gt;&lt;p&gt;Распространяется на условиях GNU General Public License версии 3.0 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="41"/>
        <source>Available models:</source>
        <translation>Доступные модели:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="44"/>
        <source>Recipe</source>
        <translation>Рецепт</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="44"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="44"/>
        <source>Metrics</source>
        <translation>Метрики</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="44"/>
        <source>File</source>
        <translation>Файл</translation>
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
        <translation>Добавить модели…</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="66"/>
        <source>Compare on current spectrum</source>
        <translation>Сравнить на текущем спектре</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="68"/>
        <source>test dataset (HDF5)</source>
        <translation>тестовый набор данных (HDF5)</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="69"/>
        <source>Evaluate on dataset</source>
        <translation>Оценить на наборе данных</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="77"/>
        <source>Model files</source>
        <translation>Файлы моделей</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="77"/>
        <source>Spinhance models (*.spinmodel);;All files (*)</source>
        <translation>Модели Spinhance (*.spinmodel);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/comparisonpanel.cpp" line="197"/>
        <source>measured</source>
        <translation>измеренный</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::FitPanel</name>
    <message>
        <location filename="../ui/fitpanel.cpp" line="19"/>
        <source>Fit</source>
        <translation>Подогнать</translation>
    </message>
    <message>
        <location filename="../ui/fitpanel.cpp" line="20"/>
        <source>Refine the spin system against the visible part of the spectrum (Shift+drag a selected multiplet to move it and refit locally)</source>
        <translation>Уточнить спиновую систему по видимой части спектра (Shift+перетаскивание перемещает выбранный мультиплет и выполняет локальную подгонку)</translation>
    </message>
    <message>
        <location filename="../ui/fitpanel.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>ширина</translation>
    </message>
    <message>
        <location filename="../ui/fitpanel.cpp" line="29"/>
        <source>phase</source>
        <translation>фаза</translation>
    </message>
    <message>
        <location filename="../ui/fitpanel.cpp" line="30"/>
        <source>baseline</source>
        <translation>базовая линия</translation>
    </message>
    <message>
        <location filename="../ui/fitpanel.cpp" line="31"/>
        <source>broadened stages</source>
        <translation>этапы с уширением</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::GroupTableModel</name>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="69"/>
        <source>%1 (held)</source>
        <translation>%1 (зафиксирована)</translation>
    </message>
    <message>
        <location filename="../ui/reportwriter.cpp" line="122"/>
        <source>held</source>
        <translation>зафиксирована</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="127"/>
        <source>Splittings of the multiplet (magnitudes, as in the journal line); the signed couplings are in the matrix and in J ±</source>
        <translation>Расщепления мультиплета (модули, как в журнальной строке); константы со знаком — в матрице и в столбце J ±</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="130"/>
        <source>Line width an uncoupled group has beyond the common one (Hz): an NH, OH or COOH proton exchanging at an intermediate rate is one broad line. The fit refines a width above 0; a coupled group keeps the common width.</source>
        <translation>Ширина линии несвязанной группы сверх общей (Hz): протон NH, OH или COOH при обмене с промежуточной скоростью даёт одну широкую линию. Подгонка уточняет ширину больше 0; связанная группа сохраняет общую ширину.</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="137"/>
        <source>Group</source>
        <translation>Группа</translation>
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
        <translation>+Ширина (Hz)</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="147"/>
        <source>nH</source>
        <translation>nH</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="149"/>
        <source>Mult.</source>
        <translation>Мульт.</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="153"/>
        <source>|J| (Hz)</source>
        <translation>|J| (Hz)</translation>
    </message>
    <message>
        <location filename="../ui/grouptablemodel.cpp" line="155"/>
        <source>Conf.</source>
        <translation>Увер.</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::InspectionPanel</name>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="44"/>
        <source>Inspecting: %1</source>
        <translation>Анализ: %1</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="64"/>
        <source>linear CKA</source>
        <translation>линейная CKA</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="69"/>
        <source>model B stage</source>
        <translation>слой модели B</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="70"/>
        <location filename="../ui/inspectionpanel.cpp" line="72"/>
        <source>model A stage</source>
        <translation>слой модели A</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="73"/>
        <source>probe score (accuracy or R²)</source>
        <translation>оценка зонда (точность или R²)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="93"/>
        <source>model A (.spinmodel)</source>
        <translation>модель A (.spinmodel)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="94"/>
        <source>model B (optional)</source>
        <translation>модель B (необязательно)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="95"/>
        <source>dataset (HDF5, its test split)</source>
        <translation>набор данных (HDF5, тестовая часть)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="99"/>
        <source> spectra</source>
        <translation> спектров</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="100"/>
        <source>Model A</source>
        <translation>Модель A</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="101"/>
        <source>Model B</source>
        <translation>Модель B</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="102"/>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="103"/>
        <source>Samples</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="105"/>
        <source>Choose models…</source>
        <translation>Выбрать модели…</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="106"/>
        <source>Inspect</source>
        <translation>Анализировать</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="107"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="110"/>
        <source>Choose one or two models and a dataset.</source>
        <translation>Выберите одну или две модели и набор данных.</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="118"/>
        <source>Model files</source>
        <translation>Файлы моделей</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="118"/>
        <source>Spinhance models (*.spinmodel);;All files (*)</source>
        <translation>Модели Spinhance (*.spinmodel);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="157"/>
        <source>Model A and a dataset are needed: model B is optional.</source>
        <translation>Нужны модель A и набор данных; модель B необязательна.</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="162"/>
        <source>Inspecting…</source>
        <translation>Идёт анализ…</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="173"/>
        <source>Inspection cancelled.</source>
        <translation>Анализ отменён.</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="181"/>
        <source>%1 stages of model A against %2 of model B; probes of model A.</source>
        <translation>%1 слоёв модели A против %2 слоёв модели B; зонды модели A.</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="187"/>
        <source>Probes of model A (%1 stages); give model B for the CKA heat map.</source>
        <translation>Зонды модели A (%1 слоёв); для тепловой карты CKA укажите модель B.</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="215"/>
        <source>group count (accuracy)</source>
        <translation>число групп (точность)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="217"/>
        <source>mean shift (R²)</source>
        <translation>средний сдвиг (R²)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="218"/>
        <source>coupled share (R²)</source>
        <translation>доля связанных пар (R²)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="236"/>
        <source>group degeneracy (accuracy)</source>
        <translation>вырождение группы (точность)</translation>
    </message>
    <message>
        <location filename="../ui/inspectionpanel.cpp" line="238"/>
        <source>pair coupled (accuracy)</source>
        <translation>пара связана (точность)</translation>
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
        <translation>Спектр</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>Compare models</source>
        <translation>Сравнение моделей</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Inspect models</source>
        <translation>Анализ моделей</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Ready — open a spectrum (File ▸ Open or drop a file here)</source>
        <translation>Готово — откройте спектр (Файл ▸ Открыть или перетащите файл сюда)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Peaks above 5 noise σ of the current spectrum</source>
        <translation>Пики выше 5 σ шума текущего спектра</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Multiplets the last analysis read off the spectrum</source>
        <translation>Мультиплеты, найденные в спектре последним анализом</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>Peaks</source>
        <translation>Пики</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>Multiplets</source>
        <translation>Мультиплеты</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <location filename="../ui/mainwindowmenus.cpp" line="199"/>
        <source>Open spectra</source>
        <translation>Открытые спектры</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Current only</source>
        <translation>Только текущий</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Overlay all</source>
        <translation>Наложить все</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Stack all</source>
        <translation>Стопкой</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Opened %1 (%2 points, %3 MHz)</source>
        <translation>Открыт файл %1 (точек: %2, %3 MHz)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>%1 — Spinhance</source>
        <translation>%1 — Spinhance</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Open a spectrum before predicting.</source>
        <translation>Откройте спектр перед предсказанием.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>Choose a model file first (Analysis ▸ Model…).</source>
        <translation>Сначала выберите файл модели (Анализ ▸ Выбрать модель…).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>Predict again and replace your edits of this spin system? (Edit ▸ Undo brings them back.)</source>
        <translation>Предсказать заново и заменить ваши правки этой спиновой системы? (Правка ▸ Отменить вернёт их.)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>Predicting…</source>
        <translation>Предсказание…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>Model prediction</source>
        <translation>Предсказание модели</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>Predicted %1 groups with model %2 · overlay after %3 ms</source>
        <translation>Предсказано групп: %1 (модель %2) · наложение через %3 мс</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Edit spin system</source>
        <translation>Редактирование спиновой системы</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="93"/>
        <source>Predict a spin system before copying its journal string.</source>
        <translation>Предскажите спиновую систему, прежде чем копировать строку для журнала.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="95"/>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="101"/>
        <source>%1: predict a spin system before writing a report</source>
        <translation>%1: предскажите спиновую систему перед созданием отчёта</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="106"/>
        <source>Spin system of %1</source>
        <translation>Спиновая система: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="126"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="135"/>
        <source>%1: cannot write the PNG image</source>
        <translation>%1: не удаётся записать изображение PNG</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="142"/>
        <source>%1: cannot write the screenshot (%2)</source>
        <translation>%1: не удаётся записать снимок экрана (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="148"/>
        <source>%1: cannot write the SVG image</source>
        <translation>%1: не удаётся записать изображение SVG</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="24"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="25"/>
        <source>&amp;About Spinhance</source>
        <translation>&amp;О программе Spinhance</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="29"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="30"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="31"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="33"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="34"/>
        <source>Close &amp;all</source>
        <translation>Закрыть &amp;все</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="36"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="37"/>
        <source>PDF report…</source>
        <translation>Отчёт PDF…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="38"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="39"/>
        <source>Plot as PNG…</source>
        <translation>График в PNG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="40"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="42"/>
        <source>Plot as SVG…</source>
        <translation>График в SVG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="43"/>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="45"/>
        <source>Spin system as JSON…</source>
        <translation>Спиновая система в JSON…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="46"/>
        <source>Interchange JSON (*.json)</source>
        <translation>JSON для обмена данными (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="48"/>
        <source>Spin system as NMReDATA (SDF)…</source>
        <translation>Спиновая система в NMReDATA (SDF)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="49"/>
        <source>NMReDATA (*.sdf)</source>
        <translation>NMReDATA (*.sdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="51"/>
        <source>Spin system as CSV…</source>
        <translation>Спиновая система в CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="52"/>
        <location filename="../ui/mainwindowmenus.cpp" line="55"/>
        <location filename="../ui/mainwindowmenus.cpp" line="58"/>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="54"/>
        <source>Multiplet table as CSV…</source>
        <translation>Таблица мультиплетов в CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="57"/>
        <source>Peaks and integrals as CSV…</source>
        <translation>Пики и интегралы в CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="61"/>
        <source>Copy &amp;journal string</source>
        <translation>Копировать строку для &amp;журнала</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="64"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="69"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="70"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="72"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="77"/>
        <source>&amp;Processing…</source>
        <translation>&amp;Обработка…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="82"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="83"/>
        <source>&amp;Predict spin system</source>
        <translation>&amp;Предсказать спиновую систему</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="85"/>
        <source>&amp;Analyze (proposals + exact fits)</source>
        <translation>&amp;Анализировать (предложения + точная подгонка)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="88"/>
        <source>Cancel a&amp;nalysis</source>
        <translation>Прервать а&amp;нализ</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="89"/>
        <source>Molecule&apos;s pro&amp;tons or formula…</source>
        <translation>Про&amp;тоны или формула молекулы…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="91"/>
        <source>Use a &amp;runner-up hypothesis</source>
        <translation>Использовать альтернативную &amp;гипотезу</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="93"/>
        <source>A&amp;dd group…</source>
        <translation>&amp;Добавить группу…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="94"/>
        <source>De&amp;lete selected group</source>
        <translation>&amp;Удалить выбранную группу</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="96"/>
        <source>Apply a &amp;journal line…</source>
        <translation>Применить строку &amp;журнала…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="98"/>
        <source>Apply a spin s&amp;ystem file…</source>
        <translation>Применить файл спиново&amp;й системы…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="100"/>
        <source>&amp;Structure…</source>
        <translation>&amp;Структура…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="101"/>
        <source>&amp;Fit line shapes</source>
        <translation>Подгонка &amp;формы линий</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="104"/>
        <source>&amp;Cancel fit</source>
        <translation>Пре&amp;рвать подгонку</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="106"/>
        <source>&amp;Integrate by dragging</source>
        <translation>&amp;Интегрировать перетаскиванием</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="111"/>
        <source>Integral scal&amp;e…</source>
        <translation>&amp;Шкала интегралов…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="112"/>
        <source>Clear inte&amp;grals</source>
        <translation>&amp;Удалить интегралы</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="113"/>
        <source>Integrals from the analysis&apos; regi&amp;ons</source>
        <translation>Интегралы по &amp;областям анализа</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="116"/>
        <source>Choose &amp;model…</source>
        <translation>Выбрать &amp;модель…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="117"/>
        <source>Reset &amp;zoom</source>
        <translation>С&amp;бросить масштаб</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="122"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="123"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="143"/>
        <source>&amp;Compute device</source>
        <translation>&amp;Вычислительное устройство</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="146"/>
        <source>Automatic (GPU when available)</source>
        <translation>Автоматически (GPU, если доступен)</translation>
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
        <translation>Эта сборка LibTorch не видит устройства CUDA</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="161"/>
        <source>Compute device: models load there from now on</source>
        <translation>Вычислительное устройство: модели теперь загружаются на него</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="190"/>
        <source>Files inside Bruker, Spinsolve or Varian experiments (%1)</source>
        <translation>Файлы внутри экспериментов Bruker, Spinsolve или Varian (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="192"/>
        <source>All spectra (%1)</source>
        <translation>Все спектры (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="193"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="207"/>
        <source>Choose model</source>
        <translation>Выбор модели</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="207"/>
        <source>Spinhance models (*.spinmodel);;All files (*)</source>
        <translation>Модели Spinhance (*.spinmodel);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="214"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="216"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="26"/>
        <source>Predict or analyse the spectrum before adding groups by hand.</source>
        <translation>Перед ручным добавлением групп выполните предсказание или анализ спектра.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="31"/>
        <source>A group needs a shift between %1 and %2 ppm and 1 to %3 protons.</source>
        <translation>Для группы нужны химический сдвиг от %1 до %2 ppm и от 1 до %3 протонов.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="48"/>
        <source>Select a group in the table to delete it.</source>
        <translation>Выберите группу в таблице, чтобы удалить её.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="69"/>
        <source>The analysis of this spectrum has no such runner-up.</source>
        <translation>В анализе этого спектра нет такой альтернативной гипотезы.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="74"/>
        <source>Runner-up %1 (%2) shown: ΔBIC %3 against the analysis&apos;s answer</source>
        <translation>Показана альтернативная гипотеза %1 (%2): ΔBIC %3 относительно результата анализа</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="84"/>
        <location filename="../ui/mainwindowedit.cpp" line="88"/>
        <source>Add group</source>
        <translation>Добавить группу</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="84"/>
        <source>Shift δ (ppm):</source>
        <translation>Сдвиг δ (ppm):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="88"/>
        <source>Protons (H):</source>
        <translation>Протоны (H):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowedit.cpp" line="107"/>
        <source>%1: %2 groups, %3 H, ΔBIC %4</source>
        <translation>%1 — групп: %2, %3 H, ΔBIC %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfit.cpp" line="28"/>
        <source>Fit: %1 %2%</source>
        <translation>Подгонка: %1 %2%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfit.cpp" line="37"/>
        <source>Open a spectrum before fitting.</source>
        <translation>Откройте спектр перед подгонкой.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfit.cpp" line="59"/>
        <source>Fit</source>
        <translation>Подгонка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfit.cpp" line="67"/>
        <source>Fit: %1</source>
        <translation>Подгонка: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="17"/>
        <source>Journal line</source>
        <translation>Строка журнала</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="18"/>
        <source>Paste a 1H NMR line, e.g. δ 4.12 (q, J = 7.1 Hz, 2H), 1.26 (t, J = 7.1 Hz, 3H):</source>
        <translation>Вставьте строку ЯМР 1H, например δ 4.12 (q, J = 7.1 Hz, 2H), 1.26 (t, J = 7.1 Hz, 3H):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="26"/>
        <source>Open a spectrum before applying a journal line to it.</source>
        <translation>Откройте спектр, прежде чем применять к нему строку журнала.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="44"/>
        <source>Spin system file</source>
        <translation>Файл спиновой системы</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="45"/>
        <source>Spin systems (*.json *.sdf);;Interchange JSON (*.json);;NMReDATA (*.sdf);;All files (*)</source>
        <translation>Спиновые системы (*.json *.sdf);;JSON обмена (*.json);;NMReDATA (*.sdf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="53"/>
        <source>Open a spectrum before applying a spin system file to it.</source>
        <translation>Откройте спектр, прежде чем применять к нему файл спиновой системы.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="64"/>
        <source>%1: the file holds no spin system</source>
        <translation>%1: в файле нет спиновой системы</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="68"/>
        <source>%1: %2 groups, %3 H (record 1 of %4)</source>
        <translation>%1: групп %2, %3 H (запись 1 из %4)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="80"/>
        <source>Replace spin system</source>
        <translation>Замена спиновой системы</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="90"/>
        <source>Journal line: %1 groups, %2 H · cosine with the spectrum %3%4</source>
        <translation>Строка журнала — групп: %1, %2 H · косинус со спектром %3%4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowjournal.cpp" line="95"/>
        <source> · %1 unmatched J or missing counts</source>
        <translation> · несопоставленных J или пропущенных чисел протонов: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstructure.cpp" line="38"/>
        <source>Open a spectrum before verifying a structure against it.</source>
        <translation>Откройте спектр, прежде чем проверять по нему структуру.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstructure.cpp" line="52"/>
        <source>structure</source>
        <translation>структура</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstructure.cpp" line="63"/>
        <source>Structure: %1</source>
        <translation>Структура: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="46"/>
        <source>Cancel analysis</source>
        <translation>Прервать анализ</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="54"/>
        <source>Open a spectrum before analysing it.</source>
        <translation>Откройте спектр, прежде чем анализировать его.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="75"/>
        <location filename="../ui/mainwindowsynthesis.cpp" line="105"/>
        <source>Open a spectrum before giving its molecule&apos;s protons.</source>
        <translation>Откройте спектр, прежде чем указывать протоны его молекулы.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="89"/>
        <source>Molecule&apos;s protons: expected a positive number such as 18 or a formula with hydrogen such as C13H18O2, found &apos;%1&apos;.</source>
        <translation>Протоны молекулы: ожидалось положительное число, например 18, или формула с водородом, например C13H18O2, получено «%1».</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="97"/>
        <source>Analysing again with %1 H in the molecule.</source>
        <translation>Повторный анализ с %1 H в молекуле.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="98"/>
        <source>Analysing again without a proton count.</source>
        <translation>Повторный анализ без числа протонов.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="108"/>
        <source>Molecule&apos;s protons</source>
        <translation>Протоны молекулы</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="109"/>
        <source>Protons in the molecule, as a number (18) or a formula (C13H18O2);
empty: unknown. The analysis fits the integrals to this count.</source>
        <translation>Протоны в молекуле: число (18) или формула (C13H18O2);
пусто: неизвестно. Анализ согласует интегралы с этим числом.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="145"/>
        <source>Analysis finished; your hand edits were kept (its answer is in the exports).</source>
        <translation>Анализ завершён; ваши ручные правки сохранены (результат анализа доступен в экспорте).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="147"/>
        <source>Analysis: no confident answer%1</source>
        <translation>Анализ: нет надёжного ответа%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="148"/>
        <source>Analysis result</source>
        <translation>Результат анализа</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="151"/>
        <source>Analysis: %1 groups, %2 H · rms %3 (of the tallest line) · %4 · cosine %5 · %6 s%7</source>
        <translation>Анализ — групп: %1, %2 H · СКО %3 (от высоты наибольшей линии) · %4 · косинус %5 · %6 с%7</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="155"/>
        <source>converged</source>
        <translation>сходимость достигнута</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsynthesis.cpp" line="155"/>
        <source>not converged (iteration limit)</source>
        <translation>сходимость не достигнута (предел итераций)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprocessing.cpp" line="19"/>
        <source>Open a spectrum first: there is nothing to process.</source>
        <translation>Сначала откройте спектр: обрабатывать нечего.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprocessing.cpp" line="30"/>
        <source>Click the reference line in the spectrum</source>
        <translation>Щёлкните опорную линию в спектре</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprocessing.cpp" line="74"/>
        <source>That spectrum is no longer open.</source>
        <translation>Этот спектр больше не открыт.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprocessing.cpp" line="84"/>
        <source>Processing</source>
        <translation>Обработка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprocessing.cpp" line="94"/>
        <source>Processing %1…</source>
        <translation>Обработка %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprocessing.cpp" line="105"/>
        <source>Processed %1 again</source>
        <translation>%1 обработан заново</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="47"/>
        <source>Drag across a multiplet to integrate it</source>
        <translation>Проведите мышью через мультиплет, чтобы его проинтегрировать</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="51"/>
        <source>Open a spectrum before integrating.</source>
        <translation>Откройте спектр перед интегрированием.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="85"/>
        <source>Integral</source>
        <translation>Интеграл</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="87"/>
        <source>Integral %1: %2–%3 ppm</source>
        <translation>Интеграл %1: %2–%3 ppm</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="100"/>
        <source>There is no integral %1 (there are %2).</source>
        <translation>Интеграла %1 нет (всего их %2).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="105"/>
        <location filename="../ui/mainwindowintegrals.cpp" line="138"/>
        <location filename="../ui/mainwindowintegrals.cpp" line="143"/>
        <source>Integral scale</source>
        <translation>Шкала интегралов</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="111"/>
        <source>Clear integrals</source>
        <translation>Удалить интегралы</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="119"/>
        <source>No analysis with multiplet regions yet (Analysis ▸ Analyze first).</source>
        <translation>Ещё нет анализа с областями мультиплетов (сначала Анализ ▸ Анализировать).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="129"/>
        <source>Integrals from the analysis</source>
        <translation>Интегралы из анализа</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="135"/>
        <source>Drag an integral first (Analysis ▸ Integrate by dragging).</source>
        <translation>Сначала задайте интеграл (Анализ ▸ Интегрировать перетаскиванием).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="139"/>
        <source>Reference integral (1–%1):</source>
        <translation>Опорный интеграл (1–%1):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowintegrals.cpp" line="143"/>
        <source>Its protons (H):</source>
        <translation>Его протоны (H):</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::MultipletTableModel</name>
    <message>
        <location filename="../ui/multiplettablemodel.cpp" line="60"/>
        <source>range / ppm</source>
        <translation>диапазон / ppm</translation>
    </message>
    <message>
        <location filename="../ui/multiplettablemodel.cpp" line="62"/>
        <source>δ / ppm</source>
        <translation>δ / ppm</translation>
    </message>
    <message>
        <location filename="../ui/multiplettablemodel.cpp" line="64"/>
        <source>mult.</source>
        <translation>мульт.</translation>
    </message>
    <message>
        <location filename="../ui/multiplettablemodel.cpp" line="66"/>
        <source>J / Hz</source>
        <translation>J / Hz</translation>
    </message>
    <message>
        <location filename="../ui/multiplettablemodel.cpp" line="68"/>
        <source>integral / H</source>
        <translation>интеграл / H</translation>
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
        <translation>высота</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::ProcessingDialog</name>
    <message>
        <location filename="../ui/processingdialog.cpp" line="33"/>
        <source>Processing</source>
        <translation>Обработка</translation>
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
        <translation>центр спектра</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="38"/>
        <location filename="../ui/processingdialog.cpp" line="39"/>
        <source> Hz</source>
        <translation> Гц</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="40"/>
        <source>Gaussian window: the FWHM of the Gaussian line it alone gives</source>
        <translation>Гауссово окно: ширина на полувысоте гауссовой линии, которую оно даёт само по себе</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="43"/>
        <source>%1 × the FID</source>
        <translation>%1 × ССИ</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="44"/>
        <source>Points of the spectrum: the power of two at least this many times the FID&apos;s</source>
        <translation>Точек спектра: степень двойки, не меньше указанного числа точек ССИ, умноженного на множитель</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="46"/>
        <source>automatic baseline correction</source>
        <translation>автоматическая коррекция базовой линии</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="47"/>
        <source>automatic referencing (TMS, DSS or solvent)</source>
        <translation>автоматическая калибровка шкалы (ТМС, DSS или растворитель)</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="65"/>
        <source>automatic (arPLS); or e.g. 9.5:11, -0.5:0.4</source>
        <translation>автоматически (arPLS); или, напр., 9.5:11, -0.5:0.4</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="69"/>
        <source>order </source>
        <translation>порядок </translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="71"/>
        <source>polynomial</source>
        <translation>полином</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="71"/>
        <source>spline</source>
        <translation>сплайн</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="74"/>
        <source>A spline through the regions follows a baseline that rolls; a polynomial does not</source>
        <translation>Сплайн через области следует волнистой базовой линии, полином — нет</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="84"/>
        <source>Pick pivot</source>
        <translation>Выбрать опорную точку</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="85"/>
        <source>Click the line the first-order phase turns about</source>
        <translation>Щёлкните линию, вокруг которой поворачивается фаза первого порядка</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="92"/>
        <source>Phase with the mouse: drag up or down (Shift: first order)</source>
        <translation>Фаза мышью: тяните вверх или вниз (Shift: первый порядок)</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="94"/>
        <source>Drag signal-free regions on the spectrum</source>
        <translation>Выделять мышью области спектра без сигналов</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="104"/>
        <source>Pick</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="105"/>
        <source>Click the line in the spectrum</source>
        <translation>Щёлкните линию в спектре</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="108"/>
        <source>Move</source>
        <translation>Сдвинуть</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="109"/>
        <source>Adds the difference to the reference offset</source>
        <translation>Прибавляет разницу к сдвигу шкалы</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="114"/>
        <source>Zero-order phase added</source>
        <translation>Добавочная фаза нулевого порядка</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="115"/>
        <source>First-order phase added</source>
        <translation>Добавочная фаза первого порядка</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="116"/>
        <source>First-order pivot</source>
        <translation>Опорная точка первого порядка</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="118"/>
        <source>Line broadening (FID)</source>
        <translation>Уширение линий (FID)</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="119"/>
        <source>Gaussian broadening (FID)</source>
        <translation>Гауссово уширение (ССИ)</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="120"/>
        <source>Zero filling (FID)</source>
        <translation>Дополнение нулями (ССИ)</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="126"/>
        <source>Signal-free regions (ppm)</source>
        <translation>Области без сигнала (ppm)</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="129"/>
        <source>Reference offset</source>
        <translation>Сдвиг шкалы</translation>
    </message>
    <message>
        <location filename="../ui/processingdialog.cpp" line="130"/>
        <source>Line at … is at …</source>
        <translation>Линия при … находится при …</translation>
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
        <translation>интенсивность</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="56"/>
        <source>Wheel: zoom · drag: pan · Ctrl+drag: box zoom · double-click: reset · Shift+drag: move the selected multiplet</source>
        <translation>Колесо: масштаб · перетаскивание: сдвиг · Ctrl+перетаскивание: масштаб рамкой · двойной щелчок: сброс · Shift+перетаскивание: перемещение выбранного мультиплета</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="131"/>
        <source>%1 H</source>
        <translation>%1 H</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="154"/>
        <source>group %1</source>
        <translation>группа %1</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="159"/>
        <source>simulated total</source>
        <translation>суммарный расчётный</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="347"/>
        <source>δ %1 ppm · %2 Hz (%3 MHz)</source>
        <translation>δ %1 ppm · %2 Hz (%3 MHz)</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="357"/>
        <source>residual</source>
        <translation>остаток</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="377"/>
        <source>fitted</source>
        <translation>подогнанный</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="381"/>
        <source>measured − fitted</source>
        <translation>измеренный − подогнанный</translation>
    </message>
    <message>
        <location filename="../ui/spectrumview.cpp" line="417"/>
        <source>Spinhance spectrum</source>
        <translation>Спектр Spinhance</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::StructureDialog</name>
    <message>
        <location filename="../ui/structuredialog.cpp" line="33"/>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="35"/>
        <source>SMILES, e.g. CCOC(=O)/C=C/C, or open a .mol/.sdf file</source>
        <translation>SMILES, например CCOC(=O)/C=C/C, или откройте файл .mol/.sdf</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="36"/>
        <source>Open .mol/.sdf…</source>
        <translation>Открыть .mol/.sdf…</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="37"/>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="41"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="41"/>
        <source>Predicted ppm</source>
        <translation>Предсказано, ppm</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="41"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="41"/>
        <source>Verdict</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="41"/>
        <source>Found ppm</source>
        <translation>Найдено, ppm</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="41"/>
        <source>Δ ppm</source>
        <translation>Δ ppm</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="74"/>
        <source>Open structure</source>
        <translation>Открыть структуру</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="75"/>
        <source>Structures (*.mol *.sdf *.sd)</source>
        <translation>Структуры (*.mol *.sdf *.sd)</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="90"/>
        <source>Verifying… %1</source>
        <translation>Проверка… %1</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="100"/>
        <source>unexplained signal</source>
        <translation>необъяснённый сигнал</translation>
    </message>
    <message>
        <location filename="../ui/structuredialog.cpp" line="102"/>
        <source>Score %1 = mean of proton agreement %2 and cosine %3 (shifts fitted within ±0.3 ppm, couplings fixed); cosine as predicted %4</source>
        <translation>Оценка %1 = среднее из согласия по протонам %2 и косинуса %3 (сдвиги подогнаны в пределах ±0.3 ppm, КССВ фиксированы); косинус для предсказания %4</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::SynthesisWorker</name>
    <message>
        <location filename="../ui/synthesisworker.cpp" line="37"/>
        <source>Analysis cancelled.</source>
        <translation>Анализ прерван.</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::TrainingPanel</name>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="37"/>
        <source>Idle</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="68"/>
        <source>Spectrum (CNN stem)</source>
        <translation>Спектр (свёрточный вход)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="69"/>
        <source>Peak list (picked peaks as tokens)</source>
        <translation>Список пиков (пики как токены)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="71"/>
        <source>HDF5 dataset (empty: generate on the fly)</source>
        <translation>Набор данных HDF5 (пусто: генерировать на лету)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="72"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="74"/>
        <source>Training data</source>
        <translation>Обучающие данные</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="75"/>
        <source>HDF5 datasets (*.h5 *.hdf5)</source>
        <translation>Наборы данных HDF5 (*.h5 *.hdf5)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="90"/>
        <source>Recipe</source>
        <translation>Рецепт</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="91"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="92"/>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="93"/>
        <source>Data file</source>
        <translation>Файл данных</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="94"/>
        <source>Generate N spectra</source>
        <translation>Сгенерировать N спектров</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="95"/>
        <source>Epochs</source>
        <translation>Эпохи</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="96"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="97"/>
        <source>Output folder</source>
        <translation>Папка результатов</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="106"/>
        <source>Automatic (GPU when available)</source>
        <translation>Автоматически (GPU, если доступен)</translation>
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
        <translation>Эта сборка LibTorch не видит устройства CUDA</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="125"/>
        <source>Start</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="126"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="127"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="140"/>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="141"/>
        <source>loss</source>
        <translation>потери</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="142"/>
        <source>validation shift MAE (ppm)</source>
        <translation>MAE сдвига на валидации (ppm)</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="145"/>
        <source>training loss</source>
        <translation>потери на обучении</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="146"/>
        <source>validation loss</source>
        <translation>потери на валидации</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="147"/>
        <source>validation shift MAE</source>
        <translation>MAE сдвига на валидации</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="198"/>
        <source>epoch %1: training loss %2, validation loss %3</source>
        <translation>эпоха %1: потери на обучении %2, потери на валидации %3</translation>
    </message>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="209"/>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
</context>
<context>
    <name>spinhance::ui::VerifyWorker</name>
    <message>
        <location filename="../ui/verifyworker.cpp" line="25"/>
        <source>Verification cancelled.</source>
        <translation>Проверка прервана.</translation>
    </message>
</context>
</TS>
