/** Layout shared by the work area's forms: a column of fields, side-by-side pairs that fit a narrow pane. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    '& .fui-Input, & .fui-Dropdown, & .fui-Combobox': { minWidth: 0, width: '100%' },
  },
  clause: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
    '& .fui-Input': { minWidth: 0, width: '100%' },
  },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { textAlign: 'start', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
});
