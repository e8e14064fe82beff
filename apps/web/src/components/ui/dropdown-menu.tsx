import * as Menu from '@radix-ui/react-dropdown-menu';
import type { ComponentProps, ReactNode } from 'react';

export const DropdownMenu = Menu.Root;
export const DropdownMenuTrigger = Menu.Trigger;

export function DropdownMenuContent({ children, align = 'end', ...rest }: ComponentProps<typeof Menu.Content>) {
  return (
    <Menu.Portal>
      <Menu.Content className="menu" align={align} sideOffset={6} {...rest}>
        {children}
      </Menu.Content>
    </Menu.Portal>
  );
}

type ItemProps = ComponentProps<typeof Menu.Item> & { icon?: ReactNode; tone?: 'danger' };

export function DropdownMenuItem({ icon, tone, children, className, ...rest }: ItemProps) {
  return (
    <Menu.Item className={`menu__item ${tone === 'danger' ? 'menu__item--danger' : ''} ${className ?? ''}`} {...rest}>
      {icon}
      <span>{children}</span>
    </Menu.Item>
  );
}

export function DropdownMenuLabel({ children }: { children: ReactNode }) {
  return <Menu.Label className="menu__label">{children}</Menu.Label>;
}

export function DropdownMenuSeparator() {
  return <Menu.Separator className="menu__separator" />;
}

export const DropdownMenuRadioGroup = Menu.RadioGroup;

export function DropdownMenuRadioItem({ children, ...rest }: ComponentProps<typeof Menu.RadioItem>) {
  return (
    <Menu.RadioItem className="menu__item menu__item--radio" {...rest}>
      <span className="menu__indicator" aria-hidden="true">
        <Menu.ItemIndicator>●</Menu.ItemIndicator>
      </span>
      {children}
    </Menu.RadioItem>
  );
}
