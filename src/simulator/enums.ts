/** String-valued enums as Office.js exposes them (Excel.ChartType.columnClustered === "ColumnClustered"). */
export const ChartType = {
  columnClustered: 'ColumnClustered',
  columnStacked: 'ColumnStacked',
  barClustered: 'BarClustered',
  barStacked: 'BarStacked',
  line: 'Line',
  lineMarkers: 'LineMarkers',
  pie: 'Pie',
  doughnut: 'Doughnut',
  area: 'Area',
  xyscatter: 'XYScatter',
  histogram: 'Histogram',
  pareto: 'Pareto',
} as const;

export const ChartSeriesBy = { auto: 'Auto', columns: 'Columns', rows: 'Rows' } as const;
export const SheetVisibility = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;
export const ConditionalFormatType = {
  custom: 'Custom',
  dataBar: 'DataBar',
  colorScale: 'ColorScale',
  iconSet: 'IconSet',
  topBottom: 'TopBottom',
  presetCriteria: 'PresetCriteria',
  containsText: 'ContainsText',
  cellValue: 'CellValue',
} as const;
export const ConditionalCellValueOperator = {
  between: 'Between', notBetween: 'NotBetween', equalTo: 'EqualTo', notEqualTo: 'NotEqualTo',
  greaterThan: 'GreaterThan', lessThan: 'LessThan', greaterThanOrEqual: 'GreaterThanOrEqual', lessThanOrEqual: 'LessThanOrEqual',
} as const;
export const RangeValueType = { unknown: 'Unknown', empty: 'Empty', string: 'String', integer: 'Integer', double: 'Double', boolean: 'Boolean', error: 'Error', richValue: 'RichValue' } as const;
export const ClearApplyTo = { all: 'All', formats: 'Formats', contents: 'Contents', hyperlinks: 'Hyperlinks', removeHyperlinks: 'RemoveHyperlinks' } as const;
export const DeleteShiftDirection = { up: 'Up', left: 'Left' } as const;
export const InsertShiftDirection = { down: 'Down', right: 'Right' } as const;
export const CalculationMode = { automatic: 'Automatic', automaticExceptTables: 'AutomaticExceptTables', manual: 'Manual' } as const;
export const CalculationType = { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' } as const;
export const NamedItemType = { string: 'String', integer: 'Integer', double: 'Double', boolean: 'Boolean', range: 'Range', error: 'Error', array: 'Array' } as const;
export const EventSource = { local: 'Local', remote: 'Remote' } as const;
export const EventType = { worksheetSelectionChanged: 'WorksheetSelectionChanged', worksheetActivated: 'WorksheetActivated', workbookSelectionChanged: 'WorkbookSelectionChanged' } as const;
/** Only Values and Custom are simulated (rowVisibility.ts); the others are listed so code type-checks alike. */
export const FilterOn = {
  bottomItems: 'BottomItems', bottomPercent: 'BottomPercent', cellColor: 'CellColor', dynamic: 'Dynamic', fontColor: 'FontColor',
  values: 'Values', topItems: 'TopItems', topPercent: 'TopPercent', icon: 'Icon', custom: 'Custom',
} as const;
export const FilterOperator = { and: 'And', or: 'Or' } as const;
