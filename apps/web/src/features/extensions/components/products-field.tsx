import { Checkbox } from '../../../components/ui/field.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useProducts } from '../api/get-products.ts';

type ProductRef = { id: string };
type ProductsFieldProps = { value: ProductRef[]; onChange: (value: ProductRef[]) => void; error?: string };

/** Chooses one or more of the vendor's products for a Fulfillment Automation extension. */
export function ProductsField({ value, onChange, error }: ProductsFieldProps) {
  const products = useProducts();
  const selected = new Set(value.map((product) => product.id));

  function toggle(id: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    onChange([...next].map((productId) => ({ id: productId })));
  }

  return (
    <fieldset className="fieldset">
      <legend className="label">Products</legend>
      <p className="field__hint">Choose the products this extension automates.</p>
      {products.isPending ? <Spinner label="Loading products" /> : null}
      <ErrorAlert error={products.error} title="Cannot load products" />
      {products.data?.length === 0 ? <p className="muted">Your account has no products yet.</p> : null}
      {products.data && products.data.length > 0 ? (
        <div className="checkbox-list">
          {products.data.map((product) => (
            <Checkbox
              key={product.id}
              checked={selected.has(product.id)}
              onChange={(event) => toggle(product.id, event.target.checked)}
              label={
                <>
                  {product.name} <span className="muted mono">{product.id}</span>
                </>
              }
            />
          ))}
        </div>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
