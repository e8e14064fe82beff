import * as RadixTabs from '@radix-ui/react-tabs';
import type { ComponentProps } from 'react';

export const Tabs = ({ className, ...rest }: ComponentProps<typeof RadixTabs.Root>) => (
  <RadixTabs.Root className={`tabs ${className ?? ''}`} {...rest} />
);

export const TabsList = ({ className, ...rest }: ComponentProps<typeof RadixTabs.List>) => (
  <RadixTabs.List className={`tabs__list ${className ?? ''}`} {...rest} />
);

export const TabsTrigger = ({ className, ...rest }: ComponentProps<typeof RadixTabs.Trigger>) => (
  <RadixTabs.Trigger className={`tabs__trigger ${className ?? ''}`} {...rest} />
);

export const TabsContent = ({ className, ...rest }: ComponentProps<typeof RadixTabs.Content>) => (
  <RadixTabs.Content className={`tabs__content ${className ?? ''}`} {...rest} />
);
